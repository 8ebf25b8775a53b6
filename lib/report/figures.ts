import { formatStageScore } from "../results/format";
import { RISK_BAND_LABELS, type AgreementScore, type RiskBand } from "../scoring/agreement";
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

/** Avoidance with its band: "43 / 100 · Worth watching". */
export const avoidanceWithBand = (score: number, band: RiskBand) =>
  `${avoidanceFigure(score)} · ${RISK_BAND_LABELS[band]}`;

const ORDER: Record<RiskBand, number> = { high: 0, watch: 1, healthy: 2 };

/** The worst band among the scored blunders, or null when none is scored. */
export function worstBand(score: AgreementScore): RiskBand | null {
  let worst: RiskBand | null = null;
  for (const d of score.dimensions) if (d.band && (worst === null || ORDER[d.band] < ORDER[worst])) worst = d.band;
  return worst;
}

/**
 * The blunders headline. It never reads calmer than its worst blunder: an overall of 43 "worth
 * watching" above two blunders at high risk would hide them, so the band shown is the worst
 * one, and the line says how many blunders are in it.
 */
export function blundersHeadline(score: AgreementScore): { band: RiskBand; value: string; detail: string } | null {
  const band = worstBand(score);
  if (score.mean === null || band === null) return null;
  const scored = score.dimensions.filter((d) => d.band !== null).length;
  const high = score.dimensions.filter((d) => d.band === "high").length;
  const watch = score.dimensions.filter((d) => d.band === "watch").length;
  const value = `${avoidanceFigure(score.mean)} overall`;
  if (band === "high") {
    const also = watch > 0 ? `, ${watch} worth watching` : "";
    return { band, value, detail: `${high} of ${scored} ${plural(scored, "blunder", "blunders")} at high risk${also}` };
  }
  if (band === "watch") {
    return { band, value, detail: `${watch} of ${scored} worth watching, none at high risk` };
  }
  return { band, value, detail: scored === 1 ? "the blunder scored is healthy" : `all ${scored} blunders healthy` };
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
