import { spreadMargin, type Spread } from "./answer-spread";
import { mean } from "./common";

/**
 * What counts as progress, in one place: every change the site states (an area's, an average's,
 * the overall stage's, in "change since last time", on compare, in print and in the CSV) is
 * judged here, and /how-scoring-works/ shows these same constants. Why one rule, and how the
 * average's is derived: docs/decisions/0014-one-rule-per-claim-in-a-result.md.
 */

/** What a change between an earlier and a later result says. */
export type Verdict = "progress" | "decline" | "unchanged" | "within-spread";

/** Stages (1–6, shown to two decimals) or avoidance (0–100, shown as whole numbers). */
export type ScoreKind = "stages" | "agreement";

/**
 * Scores are compared as shown; half a hundredth of slack keeps a change of 1.25 within a margin
 * of 1.25 whatever the floating-point arithmetic makes of either.
 */
export const COMPARISON_SLACK = 0.005;

/**
 * How much rounding alone can add to an average's change beyond the mean of its areas' changes.
 * The journey's average and each area's score are each shown to two decimals, so the shown
 * change of the average can differ from the mean of the shown area changes by two hundredths.
 * The blunders' overall is the whole-number mean of whole-number scores: up to one point.
 */
export const AVERAGE_ROUNDING: Record<ScoreKind, number> = { stages: 0.02, agreement: 1 };

/** A score as the report shows it, which is what changes are worked out from. */
export const asShown = (kind: ScoreKind, v: number) => (kind === "stages" ? Math.round(v * 100) / 100 : Math.round(v));

/**
 * An area's margin: the wider of its two sides' spread margins (the cautious reading), since one
 * answer moving across that side's spread makes exactly its margin. With no answer that counts
 * on either side there is nothing to judge by, and the margin is 0: any change is a change.
 */
export function areaMargin(before: Spread | undefined, after: Spread | undefined): number {
  return Math.max(before ? spreadMargin(before) : 0, after ? spreadMargin(after) : 0);
}

/**
 * The average's margin, derived from its areas': the average is the mean of the area scores, so
 * if every area moves no further than its own margin, the average moves no further than the mean
 * of those margins (plus what rounding adds). A change of the average within that could be
 * nothing but answers read differently, so it is not progress either.
 */
export function averageMargin(areaMargins: readonly number[], kind: ScoreKind): number {
  return (mean([...areaMargins]) ?? 0) + AVERAGE_ROUNDING[kind];
}

/** The one rule: no change is "unchanged"; no larger than the margin, "within-spread"; else its direction. */
export function verdictOf(delta: number, margin: number): Verdict {
  if (delta === 0) return "unchanged";
  if (Math.abs(delta) <= margin + COMPARISON_SLACK) return "within-spread";
  return delta > 0 ? "progress" : "decline";
}

/** A change as the site states it, with its evidence: both scores, the change, and the margin it was held to. */
export type ChangeClaim = {
  /** An area's (or blunder's) score, the average behind an overall, or the overall stage. */
  of: "area" | "average" | "stage";
  before: number;
  after: number;
  /** After minus before, as shown. */
  delta: number;
  /** The largest change that still counts as within the spread (for a stage: its average's). */
  margin: number;
  verdict: Verdict;
};

/** Judges the change of an area's score or of an average, both scores already as shown. */
export function judgeChange(
  of: "area" | "average",
  before: number,
  after: number,
  margin: number,
  kind: ScoreKind,
): ChangeClaim {
  const delta = asShown(kind, after - before);
  return { of, before, after, delta, margin, verdict: verdictOf(delta, margin) };
}

/**
 * The overall stage is the average rounded to a stage, so it cannot say more than the average
 * does: a step up or down counts only when the average's change does; otherwise the step came
 * from an average that moved within the spread across a rounding boundary.
 */
export function judgeStage(before: number, after: number, average: ChangeClaim | null): ChangeClaim {
  const moved =
    (average?.verdict === "progress" && after > before) || (average?.verdict === "decline" && after < before);
  const verdict: Verdict = before === after ? "unchanged" : moved ? average.verdict : "within-spread";
  return { of: "stage", before, after, delta: after - before, margin: average?.margin ?? 0, verdict };
}
