import type { ScoringRules } from "@/lib/report/scoring-rules";

/**
 * How far one leader's answers in an area agree, and when a change counts: the rules in
 * lib/scoring/answer-spread.ts and lib/scoring/progress.ts, in words and with their arithmetic
 * worked out by those rules (lib/report/scoring-rules.ts), so a leader can check them by hand.
 */
export function HowSure({ rules }: { rules: ScoringRules }) {
  const { spread, average } = rules;
  return (
    <>
      <h2 id="how-sure">How sure each figure is</h2>
      <p>
        An area&apos;s score is an average, and an average hides how far the answers behind it agree. Beside each
        area&apos;s stage the report says so: &ldquo;answers span stages 2–5&rdquo; when your own answers in that area
        point to stages from 2 to 5, or &ldquo;all 4 answers at stage 3&rdquo; when they agree.
      </p>
      <h3 id="what-counts">When a change counts as progress</h3>
      <p>
        One rule decides every change the site shows, on the compare page, in &ldquo;change since last time&rdquo;, on
        paper and in the CSV. A change in an area counts as progress or decline only if it is larger than what a single
        answer moving from one end of that spread to the other would make: the highest stage minus the lowest, divided
        by the number of answers. With answers at stages {spread.answers.join(", ")} that is ({spread.high} −{" "}
        {spread.low}) ÷ {spread.answers.length} = {spread.margin}, so {spread.small}, while {spread.large}. A change
        exactly that large is still within it. Of the two results, the one with the wider spread decides. The same rule
        applies to the blunders, on their 0 to 100 scale.
      </p>
      <p>
        The average stage is the average of the areas, so it is held to the average of their margins: if every area
        moved no further than its own margin, the average could not move further than that either. Rounding each figure
        to two decimals can add {average.rounding} more, so that is allowed too. With areas whose margins are{" "}
        {average.margins.join(", ")}, the average&apos;s margin is {average.mean} + {average.rounding} ={" "}
        {average.margin}, and a rise of {average.rise} is {average.verdict}. The blunders&apos; overall avoidance
        follows the same rule, with {rules.blundersRounding} point for rounding to whole numbers. The overall stage is
        the average rounded, so a step up or down counts only when the average&apos;s change does.
      </p>
      <p>
        A retake keeps the targets you set. Each one is {rules.target}; the compare page says the same of the targets
        set in the earlier result.
      </p>
    </>
  );
}
