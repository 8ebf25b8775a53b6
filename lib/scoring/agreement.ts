import type { Answers } from "../questionnaire/answers";
import type { AgreementQuestion, AgreementQuestionnaire } from "../questionnaire/schema";
import { optionValue } from "./answer-value";
import { dimensionGroups, hasEnoughAnswers, mean, tally, type Tally } from "./common";

const questionsIn = dimensionGroups<AgreementQuestion>();

export type RiskBand = "high" | "watch" | "healthy";

export type BlunderScore = Omit<Tally, "values"> & {
  id: string;
  name: string;
  /** Avoidance 0–100 (100: the blunder is fully avoided), or null when too few answers. */
  score: number | null;
  band: RiskBand | null;
};

export type AgreementScore = {
  kind: "agreement";
  dimensions: BlunderScore[];
  /** Mean avoidance of the scored blunders, or null when fewer than half are scored. */
  mean: number | null;
  band: RiskBand | null;
};

/** Below 40 the blunder is a high risk; from 70 it is healthy; between, worth watching. */
export const RISK_THRESHOLDS = { watch: 40, healthy: 70 } as const;

/** How each band is named wherever a reader sees it. */
export const RISK_BAND_LABELS: Record<RiskBand, string> = {
  high: "High risk",
  watch: "Worth watching",
  healthy: "Healthy",
};

export function riskBand(score: number): RiskBand {
  return score < RISK_THRESHOLDS.watch ? "high" : score < RISK_THRESHOLDS.healthy ? "watch" : "healthy";
}

/** Where each band starts and where the next begins (null: it runs to 100), from the thresholds. */
export const RISK_BAND_BOUNDS: Record<RiskBand, { from: number; below: number | null }> = {
  high: { from: 0, below: RISK_THRESHOLDS.watch },
  watch: { from: RISK_THRESHOLDS.watch, below: RISK_THRESHOLDS.healthy },
  healthy: { from: RISK_THRESHOLDS.healthy, below: null },
};

/**
 * A band as the site states it beside a number, with its evidence: the number itself and the
 * bounds of the band it falls in. A band is only ever said of the number it is the band of.
 */
export type BandClaim = { value: number; band: RiskBand; label: string } & (typeof RISK_BAND_BOUNDS)[RiskBand];

export function bandClaim(value: number): BandClaim {
  const band = riskBand(value);
  return { value, band, label: RISK_BAND_LABELS[band], ...RISK_BAND_BOUNDS[band] };
}

export function scoreAgreement(questionnaire: AgreementQuestionnaire, answers: Answers): AgreementScore {
  const dimensions = questionnaire.dimensions.map((dimension): BlunderScore => {
    const questions = questionsIn(questionnaire.questions, dimension.id);
    const { values, ...counts } = tally(questions, answers, (q, i) => optionValue(questionnaire, q, i));
    const raw = hasEnoughAnswers(counts) ? mean(values) : null;
    // Scores are shown as whole numbers, so the band is taken from the number the reader sees.
    const score = raw === null ? null : Math.round(raw);
    return { id: dimension.id, name: dimension.name, ...counts, score, band: score === null ? null : riskBand(score) };
  });
  const scored = dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
  const raw = hasEnoughAnswers({ answered: scored.length, total: dimensions.length }) ? mean(scored) : null;
  const overall = raw === null ? null : Math.round(raw);
  return { kind: "agreement", dimensions, mean: overall, band: overall === null ? null : riskBand(overall) };
}
