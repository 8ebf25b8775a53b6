import type { ScoringMessages } from "@/lib/i18n/messages/en/scoring";
import type { ScoringRules } from "@/lib/report/scoring-rules";
import { fill } from "@/lib/i18n/format";

/**
 * How far one leader's answers in an area agree, and when a change counts: the rules in
 * lib/scoring/answer-spread.ts and lib/scoring/progress.ts, in words and with their arithmetic
 * worked out by those rules (lib/report/scoring-rules.ts), so a leader can check them by hand.
 */
export function HowSure({ rules, messages: m }: { rules: ScoringRules; messages: ScoringMessages["sure"] }) {
  const { spread, average } = rules;
  return (
    <>
      <h2 id="how-sure">{m.heading}</h2>
      <p>{m.spread}</p>
      <h3 id="what-counts">{m.progressHeading}</h3>
      <p>
        {fill(m.progress, {
          answers: spread.answers.join(m.numbersJoin),
          high: spread.high,
          low: spread.low,
          count: spread.answers.length,
          margin: spread.margin,
          small: spread.small,
          large: spread.large,
        })}
      </p>
      <p>
        {fill(m.average, {
          rounding: average.rounding,
          margins: average.margins.join(m.numbersJoin),
          mean: average.mean,
          margin: average.margin,
          rise: average.rise,
          verdict: average.verdict,
          blundersRounding: rules.blundersRounding,
        })}
      </p>
      <p>{fill(m.targets, { target: rules.target })}</p>
    </>
  );
}
