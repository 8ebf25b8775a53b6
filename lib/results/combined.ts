import { fill } from "../i18n/format";
import type { AgreementScore, BandClaim, RiskBand } from "../scoring/agreement";
import type { StagesScore } from "../scoring/stages";
import type { Combined } from "./combined-schema";
import { bandIn, stageFigure } from "../report/figures";
import type { Words } from "../report/words";

type LinkedArea = { id: string; name: string; score: number | null };

export type Connection = {
  blunderId: string;
  blunderName: string;
  /** The blunder's band, said of its own score: never healthy here. */
  band: BandClaim & { band: Exclude<RiskBand, "healthy"> };
  why: string;
  /** The journey areas this blunder tends to hold back, with this result's scores. */
  areas: LinkedArea[];
  /**
   * What this result says about each linked area, one sentence per group: below the journey's
   * average (likely held back), at or above it (not the brake there). Unscored areas say nothing.
   */
  sentences: string[];
};

const names = (areas: { name: string; score: number }[], w: Words) =>
  areas
    .map((a) => fill(w.messages.results.relation.scored, { name: a.name, figure: stageFigure(a.score, w) }))
    .join(", ");

/**
 * The sentences for one blunder's linked areas. An area above the average is said not to be
 * held back, and nothing more: "not holding it back, though it may slow further progress" said
 * both at once.
 */
function sentencesFor(areas: LinkedArea[], mean: number | null, w: Words): string[] {
  const m = w.messages.results.relation;
  if (mean === null) return [];
  const scored = areas.flatMap((a) => (a.score === null ? [] : [{ name: a.name, score: a.score }]));
  const below = scored.filter((a) => a.score < mean);
  const above = scored.filter((a) => a.score >= mean);
  const average = fill(m.average, { figure: stageFigure(mean, w) });
  return [
    ...(below.length > 0 ? [fill(m.likelyHolding, { areas: names(below, w), average })] : []),
    ...(above.length > 0 ? [fill(m.notTheBrake, { areas: names(above, w), average })] : []),
  ];
}

/**
 * The blunders at risk (high first, then watch), each beside the journey areas it tends to
 * hold back. Healthy or unscored blunders are left out: they explain nothing.
 */
export function connectResults(
  journey: StagesScore,
  blunders: AgreementScore,
  combined: Combined,
  w: Words,
): Connection[] {
  const connections: Connection[] = [];
  for (const b of blunders.dimensions) {
    if (b.score === null) continue;
    const band = bandIn(b.score, w);
    if (band.band === "healthy") continue;
    const link = combined.links.find((l) => l.blunder === b.id);
    if (!link) continue;
    const areas = link.journey.flatMap((id) => {
      const d = journey.dimensions.find((x) => x.id === id);
      return d ? [{ id: d.id, name: d.name, score: d.score }] : [];
    });
    connections.push({
      blunderId: b.id,
      blunderName: b.name,
      band: { ...band, band: band.band },
      why: link.why,
      areas,
      sentences: sentencesFor(areas, journey.mean, w),
    });
  }
  const order: Record<RiskBand, number> = { high: 0, watch: 1, healthy: 2 };
  return connections.sort((x, y) => order[x.band.band] - order[y.band.band]);
}
