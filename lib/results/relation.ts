import type { AgreementScore, RiskBand } from "../scoring/agreement";
import type { StagesScore } from "../scoring/stages";
import type { Combined } from "./combined-schema";
import { formatStageScore } from "./format";
import { plural } from "../shared/plural";

type Area = { id: string; name: string; score: number };
type AtRisk = { id: string; name: string; score: number; band: Exclude<RiskBand, "healthy"> };

/** How the two assessments of one result relate, in the terms of that result. */
export type Relation =
  /** A blunder at risk tends to hold back areas that are below this journey's own average. */
  | { kind: "holds-back"; blunder: AtRisk; areas: Area[] }
  /** Blunders are at risk, but none is linked to an area below average. */
  | { kind: "elsewhere"; blunders: AtRisk[]; weakest: Area[] }
  /** No blunder is at risk. */
  | { kind: "none-at-risk"; weakest: Area[] };

const BAND_WORDS = { high: "a high risk", watch: "worth watching" } as const;

/**
 * Relates the blunders to the journey without ever blaming a blunder for an area that scored
 * well: only areas below the journey's own average count as held back. The blunder named is the
 * one with the lowest avoidance that is linked to such an area. Null when either assessment
 * has too few answers for an overall result.
 */
export function relate(journey: StagesScore, blunders: AgreementScore, combined: Combined): Relation | null {
  if (journey.mean === null || blunders.mean === null) return null;
  const mean = journey.mean;
  const scored = journey.dimensions.flatMap((d) =>
    d.score === null ? [] : [{ id: d.id, name: d.name, score: d.score }],
  );
  const weak = scored.filter((a) => a.score < mean);
  const weakest = [...scored].sort((a, b) => a.score - b.score).slice(0, 2);
  const atRisk = blunders.dimensions
    .flatMap((d) =>
      d.score === null || d.band === null || d.band === "healthy"
        ? []
        : [{ id: d.id, name: d.name, score: d.score, band: d.band }],
    )
    .sort((a, b) => a.score - b.score);
  for (const blunder of atRisk) {
    const linked = combined.links.find((l) => l.blunder === blunder.id)?.journey ?? [];
    const areas = weak.filter((a) => linked.includes(a.id)).sort((a, b) => a.score - b.score);
    if (areas.length > 0) return { kind: "holds-back", blunder, areas };
  }
  return atRisk.length > 0 ? { kind: "elsewhere", blunders: atRisk, weakest } : { kind: "none-at-risk", weakest };
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
const withScores = (areas: Area[]) => list(areas.map((a) => `${a.name} (${formatStageScore(a.score)})`));

/** The one sentence the summary says about a relation. */
export function relationSentence(relation: Relation): string {
  switch (relation.kind) {
    case "holds-back":
      return `${relation.blunder.name} (${relation.blunder.score}/100, ${BAND_WORDS[relation.blunder.band]}) tends to hold back ${withScores(relation.areas)}, below your journey average: its alternative may lift ${plural(relation.areas.length, "that area", "them")} too.`;
    case "elsewhere":
      return `The blunders at risk (${list(relation.blunders.map((b) => b.name))}) are not what holds back your weakest journey areas, ${withScores(relation.weakest)}: look first at how those areas are organised.`;
    case "none-at-risk":
      return `None of the five blunders is a risk here, so habits are unlikely to be what holds back your weakest journey areas, ${withScores(relation.weakest)}: look first at how they are organised.`;
  }
}
