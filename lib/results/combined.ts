import type { AgreementScore, RiskBand } from "../scoring/agreement";
import type { StagesScore } from "../scoring/stages";
import type { Combined } from "./combined-schema";

export type Connection = {
  blunderId: string;
  blunderName: string;
  band: RiskBand;
  why: string;
  /** The journey areas this blunder tends to hold back, with this result's scores. */
  areas: { id: string; name: string; score: number | null }[];
};

/**
 * The blunders at risk (high first, then watch), each beside the journey areas it tends to
 * hold back. Healthy or unscored blunders are left out: they explain nothing.
 */
export function connectResults(journey: StagesScore, blunders: AgreementScore, combined: Combined): Connection[] {
  const connections: Connection[] = [];
  for (const b of blunders.dimensions) {
    if (b.band === null || b.band === "healthy") continue;
    const link = combined.links.find((l) => l.blunder === b.id);
    if (!link) continue;
    const areas = link.journey.flatMap((id) => {
      const d = journey.dimensions.find((x) => x.id === id);
      return d ? [{ id: d.id, name: d.name, score: d.score }] : [];
    });
    connections.push({ blunderId: b.id, blunderName: b.name, band: b.band, why: link.why, areas });
  }
  const order: Record<RiskBand, number> = { high: 0, watch: 1, healthy: 2 };
  return connections.sort((x, y) => order[x.band] - order[y.band]);
}
