import type { AgreementScore, RiskBand } from "../scoring/agreement";
import type { StagesScore } from "../scoring/stages";
import type { Combined } from "./combined-schema";
import { avoidanceFigure, stageFigure } from "../report/figures";
import { fill, formatListIn } from "../i18n/format";
import { fillCount, type Words } from "../report/words";

type Area = { id: string; name: string; score: number };
type AtRisk = { id: string; name: string; score: number; band: Exclude<RiskBand, "healthy"> };

/** How the two assessments of one result relate, in the terms of that result. */
export type Relation = { mean: number } &
  /** A blunder at risk tends to hold back areas that are below this journey's own average. */
  (
    | { kind: "holds-back"; blunder: AtRisk; areas: Area[] }
    /**
     * Blunders are at risk, but none is linked to an area below average. `weakest` holds the
     * (up to two) lowest areas below the average, and is empty when no area is below it.
     */
    | { kind: "elsewhere"; blunders: AtRisk[]; weakest: Area[] }
    /** No blunder is at risk. */
    | { kind: "none-at-risk"; weakest: Area[]; blunderCount: number }
  );

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
  const weak = scored.filter((a) => a.score < mean).sort((a, b) => a.score - b.score);
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
    if (areas.length > 0) return { mean, kind: "holds-back", blunder, areas };
  }
  // Only areas below the average are "weakest" here: naming an area above it, which a blunder
  // at risk may well be linked to, beside "not linked to your weakest areas" would contradict.
  if (atRisk.length > 0) return { mean, kind: "elsewhere", blunders: atRisk, weakest: weak.slice(0, 2) };
  return { mean, kind: "none-at-risk", weakest, blunderCount: blunders.dimensions.length };
}

/** "A, B and C": English keeps its own join (no Intl on an English page: decision 0009). */
const list = (names: string[], w: Words) =>
  w.locale !== "en"
    ? formatListIn(w.locale, names)
    : names.length <= 1
      ? (names[0] ?? "")
      : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
const withScores = (areas: Area[], w: Words) =>
  list(
    areas.map((a) => fill(w.messages.results.relation.scored, { name: a.name, figure: stageFigure(a.score, w) })),
    w,
  );

/**
 * The one sentence the summary says about a relation. Each was read for what it claims: a
 * blunder is said to hold back only areas below the average, and an area is never said to be
 * both held back and not.
 */
export function relationSentence(relation: Relation, w: Words): string {
  const m = w.messages.results.relation;
  const average = fill(m.average, { figure: stageFigure(relation.mean, w) });
  switch (relation.kind) {
    case "holds-back": {
      const { blunder, areas } = relation;
      return fillCount(w, m.holdsBack, areas.length, {
        blunder: blunder.name,
        figure: avoidanceFigure(blunder.score, w),
        band: w.messages.results.bandInSentence[blunder.band],
        areas: withScores(areas, w),
        average,
      });
    }
    case "elsewhere": {
      const names = list(
        relation.blunders.map((b) => b.name),
        w,
      );
      if (relation.weakest.length === 0) return fill(m.noneBelow, { average, names });
      return fillCount(w, m.elsewhere, relation.weakest.length, { names, areas: withScores(relation.weakest, w) });
    }
    case "none-at-risk":
      return fillCount(w, m.noneAtRisk, relation.weakest.length, {
        count: relation.blunderCount,
        areas: withScores(relation.weakest, w),
      });
  }
}
