import { fill } from "../i18n/format";
import { formatStageScoreIn } from "../results/format";
import { bandClaim, type AgreementScore, type BandClaim } from "../scoring/agreement";
import { LAST_STAGE } from "../scoring/stages";
import type { Spread } from "../scoring/answer-spread";
import { fillCount, type Words } from "./words";

// Every figure a report shows says its scale, on screen and on paper: "2.75 of 6", "stage 3 of
// 6", "43 / 100 · Worth watching". This is the one place that writes them, in the page's language.

/** An area's or the journey's average stage: "2.75 of 6". */
export const stageFigure = (score: number, w: Words) =>
  fill(w.messages.results.figure.stage, { score: formatStageScoreIn(w.locale, score), max: LAST_STAGE });

/** A whole stage: "stage 3 of 6" (or "Stage 3 of 6" to start a sentence). */
export const stageOfSix = (stage: number, w: Words, capital = false) =>
  fill(w.messages.results.figure[capital ? "stageOfSixStart" : "stageOfSix"], { stage, max: LAST_STAGE });

/** Avoidance on its scale: "43 / 100". */
export const avoidanceFigure = (score: number, w: Words) => fill(w.messages.results.figure.avoidance, { score });

/** A band's name in the page's language: "Worth watching". */
export const bandName = (claim: Pick<BandClaim, "band">, w: Words) => w.messages.results.bands[claim.band];

/** A band claim with its label in the page's language. */
export const bandIn = (score: number, w: Words): BandClaim => {
  const claim = bandClaim(score);
  return { ...claim, label: bandName(claim, w) };
};

/** Avoidance with its own band: "43 / 100 · Worth watching". */
export const avoidanceWithBand = (claim: BandClaim, w: Words) =>
  fill(w.messages.results.figure.withBand, { figure: avoidanceFigure(claim.value, w), band: bandName(claim, w) });

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
export function blundersHeadline(score: AgreementScore, w: Words): BlundersHeadline | null {
  if (score.mean === null) return null;
  const m = w.messages.results.headline;
  const bands = score.dimensions.flatMap((d) =>
    d.score === null ? [] : [{ id: d.id, name: d.name, claim: bandIn(d.score, w) }],
  );
  const high = bands.filter((b) => b.claim.band === "high");
  const names = high.map((b) => fill(m.named, { name: b.name, figure: avoidanceFigure(b.claim.value, w) })).join(", ");
  return {
    overall: bandIn(score.mean, w),
    value: fill(m.value, { figure: avoidanceFigure(score.mean, w) }),
    scored: bands.length,
    high,
    detail: fillCount(w, high.length > 0 ? m.detailNamed : m.detail, bands.length, { high: high.length, names }),
  };
}

/** How far one leader's answers in an area agree, in words: "answers span stages 2–5". */
export function spreadText(spread: Spread, kind: "stages" | "agreement", w: Words): string {
  const m = w.messages.results.spread;
  const [low, high] = kind === "stages" ? [spread.low, spread.high] : [Math.round(spread.low), Math.round(spread.high)];
  const stages = kind === "stages";
  if (spread.answered === 1) return fill(stages ? m.oneStage : m.oneAvoidance, { low });
  if (low === high) return fill(stages ? m.allStage : m.allAvoidance, { n: spread.answered, low });
  return fill(stages ? m.spanStage : m.spanAvoidance, { low, high });
}
