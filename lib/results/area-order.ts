/**
 * The one order the report's lists follow: "Your three priorities", the plan's journey areas and
 * its blunders. Weakest first, because a journey is held back by its slowest part: the area (or
 * blunder) with the lowest score now comes first, ties in questionnaire order. An order by gap
 * to target put strong areas first, since a default target is one stage above the rounded
 * stage, so an area just past a rounding boundary has the bigger gap.
 *
 * Everything that orders areas calls rankWeakestFirst, so a later factor (an area's importance)
 * is added here, once, and every list follows it (docs/decisions/0014-one-rule-per-claim-in-a-result.md).
 */

/** A scored area or blunder, with its place in the questionnaire. */
export type Ranked<T> = T & { score: number; order: number };

/** The order's rule, as the page says it in one line. */
export const ORDER_RULE = {
  stages: "lowest stage now first, ties in questionnaire order",
  agreement: "lowest avoidance now first, ties in questionnaire order",
} as const;

/** The scored items, weakest first; those without a score are left out. */
export function rankWeakestFirst<T extends { score: number | null }>(items: readonly T[]): Ranked<T>[] {
  return items
    .flatMap((item, order) => (item.score === null ? [] : [{ ...item, score: item.score, order }]))
    .sort((a, b) => a.score - b.score || a.order - b.order);
}
