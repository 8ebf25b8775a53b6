import { formatStageScore } from "../results/format";
import { bandClaim, type AgreementScore, type BandClaim } from "../scoring/agreement";
import { LAST_STAGE } from "../scoring/stages";
import type { Spread } from "../scoring/answer-spread";
import { plural } from "../shared/plural";

// Every figure a report shows says its scale, on screen and on paper: "2.75 of 6", "stage 3 of
// 6", "43 / 100 · Worth watching". This is the one place that writes them.

/** An area's or the journey's average stage: "2.75 of 6". */
export const stageFigure = (score: number) => `${formatStageScore(score)} of ${LAST_STAGE}`;

/** A whole stage: "stage 3 of 6" (or "Stage 3 of 6" to start a sentence). */
export const stageOfSix = (stage: number, capital = false) =>
  `${capital ? "Stage" : "stage"} ${stage} of ${LAST_STAGE}`;

/** Avoidance on its scale: "43 / 100". */
export const avoidanceFigure = (score: number) => `${score} / 100`;

/** Avoidance with its own band: "43 / 100 · Worth watching". */
export const avoidanceWithBand = (claim: BandClaim) => `${avoidanceFigure(claim.value)} · ${claim.label}`;

/** A blunder with its band, as the headline names it. */
export type NamedBand = { id: string; name: string; claim: BandClaim };

export type BlundersHeadline = {
  /** The overall avoidance and its own band: "65 / 100 overall · Worth watching". */
  overall: BandClaim;
  value: string;
  /** How many blunders were scored, and the ones at high risk, each named. */
  scored: number;
  high: NamedBand[];
  /** "2 of 5 blunders at high risk: … (25 / 100), … (30 / 100)." */
  detail: string;
};

/**
 * The blunders headline. The overall number carries its own band, the one /how-scoring-works/
 * gives that number; apart from it, how many blunders are at high risk, every one of them named,
 * so an overall "worth watching" never hides one, and the line never counts more than it names.
 * (Those worth watching are in the table and the plan; named here too they would push the
 * priorities off a phone's first screen.)
 */
export function blundersHeadline(score: AgreementScore): BlundersHeadline | null {
  if (score.mean === null) return null;
  const bands = score.dimensions.flatMap((d) =>
    d.score === null ? [] : [{ id: d.id, name: d.name, claim: bandClaim(d.score) }],
  );
  const high = bands.filter((b) => b.claim.band === "high");
  const names = high.map((b) => `${b.name} (${avoidanceFigure(b.claim.value)})`).join(", ");
  return {
    overall: bandClaim(score.mean),
    value: `${avoidanceFigure(score.mean)} overall`,
    scored: bands.length,
    high,
    detail: `${high.length} of ${bands.length} ${plural(bands.length, "blunder", "blunders")} at high risk${high.length > 0 ? `: ${names}` : ""}.`,
  };
}

/** How far one leader's answers in an area agree, in words: "answers span stages 2–5". */
export function spreadText(spread: Spread, kind: "stages" | "agreement"): string {
  const [low, high] = kind === "stages" ? [spread.low, spread.high] : [Math.round(spread.low), Math.round(spread.high)];
  if (spread.answered === 1) return kind === "stages" ? `one answer, at stage ${low}` : `one answer, at ${low} / 100`;
  if (low === high) {
    return kind === "stages"
      ? `all ${spread.answered} answers at stage ${low}`
      : `all ${spread.answered} answers at ${low} / 100`;
  }
  return kind === "stages" ? `answers span stages ${low}–${high}` : `answers span ${low}–${high} / 100`;
}
