import { FAR_APART, IMPORTANCE_SPLIT, MIN_LEADERS_FOR_MEDIAN, TWO_CAMPS } from "@/lib/scoring/thresholds";
import { IMPORTANCE_LABELS } from "@/lib/results/importance";
import { countOf } from "@/lib/shared/plural";
import { MAX_NAMED } from "@/lib/team/claims";
import { distanceText } from "@/lib/workshop/sentence";

const far = `${distanceText("stages", FAR_APART.stages)} on the journey, or ${distanceText("agreement", FAR_APART.agreement)} on the blunders`;

/**
 * What the team view says about several leaders' answers, and by which rule: the numbers are
 * the constants the team view applies (lib/scoring/thresholds.ts), never written here by hand.
 */
export function TeamRules() {
  return (
    <>
      <h2 id="team-rules">When several leaders answer</h2>
      <p>
        The team view compares each area&apos;s scores with the team&apos;s <strong>median</strong> for that area (the
        middle score: one leader who sees everything differently cannot move it). Every sentence it writes follows one
        of these rules, and the workshop pack, the slides and the spreadsheet say the same.
      </p>
      <ul>
        <li>
          <strong>Far from the team:</strong> a leader whose score is {far} or more from the area&apos;s median sits far
          below or far above the team. The grid marks exactly these leaders with ↓ or ↑. It takes at least{" "}
          {MIN_LEADERS_FOR_MEDIAN} leaders with a score for the area: with two, the median is only the point between
          them.
        </li>
        <li>
          <strong>Two camps:</strong> the team splits into two camps only when the scores fall into two groups of at
          least {TWO_CAMPS.minLeaders} leaders each, each at least {Math.round(TWO_CAMPS.minShare * 100)}% of the
          leaders who scored the area, with a gap between them of {far} or more in which nobody sits, and that gap is
          wider than the spread inside either group. Otherwise the team view does not call it a split.
        </li>
        <li>
          <strong>Far from the team in most areas:</strong> a leader far from the median in more than half the areas
          where that can be judged (at least two) is named once, rather than once per area. Up to {MAX_NAMED} leaders
          are named in one sentence; beyond that they are counted.
        </li>
        <li>
          <strong>Seeing an area differently:</strong> when the middle half of the team spans {far} or more, the leaders
          see that area differently, even with nobody far from the median.
        </li>
        <li>
          <strong>Broadly agree:</strong> said only when at least {MIN_LEADERS_FOR_MEDIAN} leaders answered and, in
          every area that many of them scored, every leader is within {far} of the median, with no camps and no area
          seen differently. An area fewer of them scored is named as too few to judge.
        </li>
        <li>
          <strong>Disagreeing on what matters:</strong> where leaders marked how much a journey area matters, the team
          disagrees on it when at least {countOf(IMPORTANCE_SPLIT.critical, "leader", "leaders")} marked it &ldquo;
          {IMPORTANCE_LABELS.critical.toLowerCase()}&rdquo; and at least{" "}
          {countOf(IMPORTANCE_SPLIT.less, "leader", "leaders")} &ldquo;{IMPORTANCE_LABELS.less.toLowerCase()}&rdquo;.
          That is a finding of its own, whatever the scores say. The team&apos;s level for an area is the middle of the
          levels its leaders marked (the lower of the two middle ones with an even count; a leader who left it unmarked
          does not count), and the team&apos;s plan follows it as a leader&apos;s plan follows theirs.
        </li>
      </ul>
    </>
  );
}
