import { fill } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { ResultsMessages } from "../i18n/messages/en/results";
import type { ScoringMessages } from "../i18n/messages/en/scoring";
import { formatStageScoreIn } from "../results/format";
import { RISK_BAND_BOUNDS, RISK_THRESHOLDS, type RiskBand } from "../scoring/agreement";
import { spreadMargin } from "../scoring/answer-spread";
import { AVERAGE_ROUNDING, averageMargin, verdictOf, type Verdict } from "../scoring/progress";
import { quadrantRule } from "./importance-view";

/**
 * What /how-scoring-works/ states, worked out from the constants and rules the report applies,
 * so the page can never say one threshold while the report uses another. Every example is
 * computed by the rule it illustrates.
 */

/** The page's language, with the words of the report (bands, order, importance) and of the page. */
export type ScoringWords = { locale: Locale; messages: { results: ResultsMessages; scoring: ScoringMessages } };

const RISK_ORDER: RiskBand[] = ["high", "watch", "healthy"];

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
  /**
   * The order once an area is marked, and where the importance × maturity chart places it; the
   * levels and quadrants as a sentence names them ("critical to our strategy", "act here first").
   */
  importance: { order: string; levels: string[]; quadrants: string[]; placed: string };
  target: string;
};

export function scoringRules(w: ScoringWords): ScoringRules {
  const { results, scoring } = w.messages;
  const words = scoring.rules;
  const two = (n: number) => formatStageScoreIn(w.locale, n);
  const verdictWord = (verdict: Verdict) =>
    verdict === "within-spread"
      ? fill(words.verdicts.withinSpread, { within: results.change.withinSpread })
      : words.verdicts[verdict];
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
      const range =
        from === 0
          ? fill(words.below, { n: below ?? 0 })
          : below === null
            ? fill(words.orMore, { n: from })
            : fill(words.range, { from, to: below - 1 });
      return { band, label: results.bands[band], range };
    }),
    thresholds: RISK_THRESHOLDS,
    spread: {
      answers,
      low: spread.low,
      high: spread.high,
      margin: two(margin),
      small: fill(words.move, { n: two(small), verdict: verdictWord(verdictOf(small, margin)) }),
      large: fill(words.move, { n: two(large), verdict: verdictWord(verdictOf(large, margin)) }),
    },
    average: {
      margins: margins.map(two),
      mean: two(average - AVERAGE_ROUNDING.stages),
      rounding: two(AVERAGE_ROUNDING.stages),
      margin: two(average),
      rise: two(rise),
      verdict: verdictWord(verdictOf(rise, average)),
    },
    blundersRounding: AVERAGE_ROUNDING.agreement,
    order: results.order.rules.stages,
    importance: {
      order: results.order.rules.importance,
      levels: Object.values(results.importance.levelsInSentence),
      quadrants: Object.values(results.importance.quadrantsInSentence),
      placed: quadrantRule(w),
    },
    target: words.target,
  };
}
