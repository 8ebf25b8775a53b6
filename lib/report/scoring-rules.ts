import { WITHIN_SPREAD } from "../compare/comparison-view";
import { ORDER_RULE } from "../results/area-order";
import { formatStageScore } from "../results/format";
import { IMPORTANCE_LABELS, QUADRANT_NAMES, QUADRANT_RULE } from "../results/importance";
import { TARGET_RULE } from "../results/target-claims";
import { RISK_BAND_BOUNDS, RISK_BAND_LABELS, RISK_THRESHOLDS, type RiskBand } from "../scoring/agreement";
import { spreadMargin } from "../scoring/answer-spread";
import { AVERAGE_ROUNDING, averageMargin, verdictOf, type Verdict } from "../scoring/progress";

/**
 * What /how-scoring-works/ states, worked out from the constants and rules the report applies,
 * so the page can never say one threshold while the report uses another. Every example is
 * computed by the rule it illustrates.
 */

const VERDICT_WORDS: Record<Verdict, string> = {
  progress: "progress",
  decline: "decline",
  unchanged: "unchanged",
  "within-spread": `“${WITHIN_SPREAD}”`,
};

const RISK_ORDER: RiskBand[] = ["high", "watch", "healthy"];
const two = (n: number) => formatStageScore(n);

export type ScoringRules = {
  /** "below 40", "40 to 69", "70 or more", each with its band's name. */
  bands: { band: RiskBand; label: string; range: string }[];
  thresholds: typeof RISK_THRESHOLDS;
  /** An area's margin, worked out on answers at stages 2, 3, 3 and 5. */
  spread: { answers: number[]; low: number; high: number; margin: string; small: string; large: string };
  /** The average's margin, worked out on three areas' margins. */
  average: { margins: string[]; mean: string; rounding: string; margin: string; rise: string; verdict: string };
  blundersRounding: number;
  order: string;
  /** The order once an area is marked, and where the importance × maturity chart places it. */
  importance: { order: string; levels: string[]; quadrants: string[]; placed: string };
  target: string;
};

export function scoringRules(): ScoringRules {
  const answers = [2, 3, 3, 5];
  const spread = { low: Math.min(...answers), high: Math.max(...answers), answered: answers.length };
  const margin = spreadMargin(spread);
  // One answer moving one stage (0.25), and every answer moving one stage (1).
  const [small, large] = [1 / answers.length, 1];
  const margins = [1.5, 0, 0];
  const average = averageMargin(margins, "stages");
  const rise = 0.17;
  return {
    bands: RISK_ORDER.map((band) => {
      const { from, below } = RISK_BAND_BOUNDS[band];
      const range = from === 0 ? `below ${below}` : below === null ? `${from} or more` : `${from} to ${below - 1}`;
      return { band, label: RISK_BAND_LABELS[band], range };
    }),
    thresholds: RISK_THRESHOLDS,
    spread: {
      answers,
      low: spread.low,
      high: spread.high,
      margin: two(margin),
      small: `a move of ${two(small)} is ${VERDICT_WORDS[verdictOf(small, margin)]}`,
      large: `a move of ${two(large)} is ${VERDICT_WORDS[verdictOf(large, margin)]}`,
    },
    average: {
      margins: margins.map(two),
      mean: two(average - AVERAGE_ROUNDING.stages),
      rounding: two(AVERAGE_ROUNDING.stages),
      margin: two(average),
      rise: two(rise),
      verdict: VERDICT_WORDS[verdictOf(rise, average)],
    },
    blundersRounding: AVERAGE_ROUNDING.agreement,
    order: ORDER_RULE.stages,
    importance: {
      order: ORDER_RULE.importance,
      levels: Object.values(IMPORTANCE_LABELS),
      quadrants: Object.values(QUADRANT_NAMES),
      placed: QUADRANT_RULE,
    },
    target: TARGET_RULE,
  };
}
