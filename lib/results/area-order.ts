import type { ImportanceByArea } from "../link/importance";
import { IMPORTANCE_RANK } from "../scoring/thresholds";

/**
 * The one order the report's lists follow: "Your three priorities", the plan's journey areas and
 * its blunders. Weakest first, because a journey is held back by its slowest part: the area (or
 * blunder) with the lowest score now comes first, ties in questionnaire order. An order by gap
 * to target put strong areas first, since a default target is one stage above the rounded
 * stage, so an area just past a rounding boundary has the bigger gap.
 *
 * Importance, when the leader marks it, comes before weakness: areas critical to the strategy
 * first, then important ones, then those not marked, then those less important now, each group
 * weakest first (IMPORTANCE_RANK). Everything that orders areas calls rankWeakestFirst, so every
 * list follows the same rule (docs/decisions/0017-importance-beside-maturity.md).
 */

/** A scored area or blunder, with its place in the questionnaire. */
export type Ranked<T> = T & { score: number; order: number };

/** The order's rule, as the page says it in one line. */
export const ORDER_RULE = {
  stages: "lowest stage now first, ties in questionnaire order",
  agreement: "lowest avoidance now first, ties in questionnaire order",
  importance:
    "areas marked critical to your strategy first, then important ones, then those not marked, then those less important now; within each, lowest stage now first, ties in questionnaire order",
} as const;

/** True when at least one area is marked: only then does importance change the order, or show. */
export function hasImportance(importance: ImportanceByArea | undefined): importance is ImportanceByArea {
  return importance !== undefined && Object.keys(importance).length > 0;
}

/**
 * The scored items in the one order, weakest first within each importance group; those without
 * a score are left out. Without importance (or with none marked), every item is in the same
 * group and the order is weakest first alone.
 */
export function rankWeakestFirst<T extends { id: string; score: number | null }>(
  items: readonly T[],
  importance?: ImportanceByArea,
): Ranked<T>[] {
  const group = (id: string) => {
    const level = importance?.[id];
    return level === undefined ? IMPORTANCE_RANK.unset : IMPORTANCE_RANK[level];
  };
  return items
    .flatMap((item, order) => (item.score === null ? [] : [{ ...item, score: item.score, order }]))
    .sort((a, b) => group(a.id) - group(b.id) || a.score - b.score || a.order - b.order);
}
