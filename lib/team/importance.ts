import { IMPORTANCE_LEVELS, type Importance, type ImportanceByArea } from "../link/importance";
import { IMPORTANCE_SPLIT } from "../scoring/thresholds";
import type { Leader } from "./people";
import type { QuestionnaireAggregate } from "./types";

/** How the leaders marked one journey area: who chose each level (by leader index), and how many left it unmarked. */
export type AreaImportance = {
  id: string;
  name: string;
  critical: number[];
  important: number[];
  less: number[];
  unmarked: number;
  /** The team's importance: the middle of the levels marked (see teamLevel); absent when nobody marked it. */
  team?: Importance;
};

/**
 * The team disagrees on what matters in an area: at least IMPORTANCE_SPLIT.critical leaders marked
 * it critical to the strategy and at least IMPORTANCE_SPLIT.less marked it less important now.
 * The evidence is the tally itself: every leader at each level.
 */
export type ImportanceSplit = { rule: "importance-split"; area: AreaImportance };

/**
 * The team's level for an area: the median of the levels its leaders marked, the lower of the two
 * middle ones when the count is even (as a stage's half rounds down: the cautious reading).
 * Leaders who left it unmarked said nothing, so they do not count.
 */
export function teamLevel(area: Pick<AreaImportance, "critical" | "important" | "less">): Importance | undefined {
  const marked = IMPORTANCE_LEVELS.flatMap((level) => area[level].map(() => level));
  return marked[Math.floor((marked.length - 1) / 2)];
}

/** Each journey area's tally across the leaders who took the journey; none for a blunders check. */
export function areaImportance(q: QuestionnaireAggregate, leaders: readonly Leader[]): AreaImportance[] {
  if (q.kind !== "stages") return [];
  const took = leaders.flatMap((l, i) =>
    l.assessments.some((a) => a.questionnaireId === q.questionnaireId) ? [i] : [],
  );
  return q.dimensions.map((d) => {
    const tally: AreaImportance = { id: d.id, name: d.name, critical: [], important: [], less: [], unmarked: 0 };
    for (const i of took) {
      const level = leaders[i]?.importance?.[d.id];
      if (level) tally[level].push(i);
      else tally.unmarked += 1;
    }
    const team = teamLevel(tally);
    return team ? { ...tally, team } : tally;
  });
}

/** True when any leader marked any area: only then does the team view show importance. */
export const anyMarked = (areas: readonly AreaImportance[]) =>
  areas.some((a) => a.critical.length + a.important.length + a.less.length > 0);

/** The team's importance by area, for the team's plan: absent where nobody marked an area. */
export function teamImportance(areas: readonly AreaImportance[]): ImportanceByArea {
  return Object.fromEntries(areas.flatMap((a) => (a.team ? [[a.id, a.team]] : [])));
}

/** The areas where the team disagrees on what matters (IMPORTANCE_SPLIT), in questionnaire order. */
export function importanceSplits(areas: readonly AreaImportance[]): ImportanceSplit[] {
  return areas.flatMap((area) =>
    area.critical.length >= IMPORTANCE_SPLIT.critical && area.less.length >= IMPORTANCE_SPLIT.less
      ? [{ rule: "importance-split" as const, area }]
      : [],
  );
}
