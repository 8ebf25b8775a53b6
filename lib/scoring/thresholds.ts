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
