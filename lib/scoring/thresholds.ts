/**
 * Every threshold a sentence of the site rests on, defined once. `/how-scoring-works/` renders
 * these same constants, so the page that states a rule and the code that applies it cannot drift.
 *
 * Keep this a flat list: one constant per rule, each with a comment saying what it decides and
 * why it has this value. Group by where the rule is used, under the headings below.
 */

// ---------------------------------------------------------------------------------------------
// A team's spread (the team view, the workshop pack, its slides and its CSV)
// ---------------------------------------------------------------------------------------------

/**
 * Far apart, per scale: a stage and a half on the journey (1–6), 30 points on the blunders
 * (0–100), the same share of each scale. It decides three things:
 * - a leader this far or further from the area's median sits far below or above the team;
 * - a gap this wide or wider between two groups can make them two camps (TWO_CAMPS);
 * - a middle half of the team this wide means the leaders see the area differently.
 */
export const FAR_APART = { stages: 1.5, agreement: 30 } as const;

/**
 * Leaders an area needs before anyone is judged far from its median: with two, the median is
 * just the point between them. The leaders only "broadly agree" from this many on, too.
 */
export const MIN_LEADERS_FOR_MEDIAN = 3;

/**
 * Two camps, as a facilitator would accept them: two groups of at least `minLeaders` leaders
 * each, and each at least `minShare` of the leaders who scored the area (so one or two who
 * differ from a large team are named as far from it, not called a camp), separated by a gap of
 * at least FAR_APART with nobody in it, and wider than the spread inside either group.
 */
export const TWO_CAMPS = { minLeaders: 2, minShare: 0.25 } as const;

// ---------------------------------------------------------------------------------------------
// Importance: how much a journey area matters now, as a leader marks it (the report's plan and
// its importance × maturity chart, the team view)
// ---------------------------------------------------------------------------------------------

/**
 * The plan's groups, first to last: critical, important, not marked, less important now; within
 * a group, weakest first. Importance leads because a leader who marks an area critical expects
 * the plan to start there; an unmarked area sits between "important" and "less important now",
 * since the leader said nothing either way, so a result with nothing marked keeps its order.
 */
export const IMPORTANCE_RANK = { critical: 0, important: 1, unset: 2, less: 3 } as const;

/**
 * Where the importance × maturity chart splits maturity: the upper half of the journey's six
 * stages. An area whose stage now (its score rounded, as the report shows it) is this or higher
 * is mature enough to "keep it up" (or possibly over-invested, if less important now); below
 * it, "act here first" (or low priority).
 */
export const MATURE_FROM_STAGE = 4;

/**
 * The levels that count as mattering on the chart: "critical to our strategy" and "important".
 * "Less important now" is the chart's lower half; an unmarked area is not placed.
 */
export const MATTERS = ["critical", "important"] as const;

/**
 * The team disagrees on what matters in an area when at least `critical` leaders marked it
 * critical to the strategy and at least `less` marked it less important now: the two ends of the
 * scale, which a facilitator should settle before planning, whatever the others marked.
 */
export const IMPORTANCE_SPLIT = { critical: 1, less: 1 } as const;
