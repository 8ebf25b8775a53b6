import type { RiskBand } from "@/lib/scoring/agreement";

export const BAND_LABELS: Record<RiskBand, string> = { high: "High risk", watch: "Worth watching", healthy: "Healthy" };
