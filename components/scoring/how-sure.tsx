/**
 * How far one leader's answers in an area agree, and when a change counts: the rule in
 * lib/scoring/answer-spread.ts, in words and with its arithmetic, so a leader can check it by hand.
 */
export function HowSure() {
  return (
    <>
      <h2 id="how-sure">How sure each figure is</h2>
      <p>
        An area&apos;s score is an average, and an average hides how far the answers behind it agree. Beside each
        area&apos;s stage the report says so: &ldquo;answers span stages 2–5&rdquo; when your own answers in that area
        point to stages from 2 to 5, or &ldquo;all 4 answers at stage 3&rdquo; when they agree.
      </p>
      <p>
        When two results are compared (on the compare page, or in &ldquo;change since last time&rdquo;), a change in an
        area counts as progress or decline only if it is larger than what a single answer moving from one end of that
        spread to the other would make: the highest stage minus the lowest, divided by the number of answers. With
        answers at stages 2, 3, 3 and 5 that is (5 − 2) ÷ 4 = 0.75, so a move from 3.25 to 3.5 is shown as &ldquo;within
        the spread of your answers&rdquo;, while every answer rising a stage (a move of 1) is progress. Of the two
        results, the one with the wider spread decides. The same rule applies to the blunders, on their 0 to 100 scale.
      </p>
    </>
  );
}
