import { MAX_NAMED } from "../team/claims";
import type { ImportanceSplit } from "../team/importance";
import { IMPORTANCE_LABELS } from "../results/importance";
import { countOf } from "../shared/plural";
import { listOf, type Sentence } from "./sentence";

/** Leaders at one level: named up to MAX_NAMED, counted past it, as the other findings do. */
const who = (leaders: readonly number[]): Sentence =>
  leaders.length > MAX_NAMED
    ? [countOf(leaders.length, "leader", "leaders")]
    : listOf(leaders.map((leader) => [{ leader }]));

/**
 * "In Customer insight, leaders disagree on what matters: Leader A marked it critical to the
 * strategy, Leader C less important now (2 marked it important, 1 left it unmarked)."
 */
export function importanceSentence({ area }: ImportanceSplit): Sentence {
  const others = [
    ...(area.important.length > 0 ? [`${countOf(area.important.length, "marked", "marked")} it important`] : []),
    ...(area.unmarked > 0 ? [`${countOf(area.unmarked, "left", "left")} it unmarked`] : []),
  ];
  return [
    `In ${area.name}, leaders disagree on what matters: `,
    ...who(area.critical),
    ` marked it ${IMPORTANCE_LABELS.critical.toLowerCase()}, `,
    ...who(area.less),
    ` ${IMPORTANCE_LABELS.less.toLowerCase()}`,
    others.length > 0 ? ` (${others.join(", ")}).` : ".",
  ];
}
