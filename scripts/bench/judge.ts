import { rankTestP } from "./rank-test";
import { median } from "./stats";
import type { Tolerance } from "./tolerances";

/** One rule applied to one figure. "n/a" means there was nothing to measure. */
export type Verdict = { subject: string; rule: string; actual: string; status: "pass" | "fail" | "n/a" };

/** Every run of one figure on each side, in the order they were taken. */
export type Paired = { ours: readonly number[]; baseline: readonly number[] };

const figure = (value: number, unit: Tolerance["unit"]) =>
  unit === "points" ? `${Math.round(value)}` : `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`;

/** "no more than 15 % and 25 ms worse than the baseline", as the report says it. */
export function ruleText(tolerance: Tolerance): string {
  const bounds = [
    tolerance.ratio === undefined ? null : `${Math.round(tolerance.ratio * 100)} %`,
    tolerance.amount === undefined ? null : figure(tolerance.amount, tolerance.unit),
  ].filter((b): b is string => b !== null);
  return `${tolerance.label}: no more than ${bounds.join(" and ")} worse than the baseline`;
}

/** How much worse the first figure is than the second, in the tolerance's direction (negative: better). */
const worseBy = (tolerance: Tolerance, ours: number, baseline: number) =>
  tolerance.better === "lower" ? ours - baseline : baseline - ours;

/**
 * How unlikely a difference must be before it counts as the change's rather than the machine's:
 * with five runs a side, only when at most one pair of runs (of 25) crosses over. On this shared
 * machine the same code's medians differed by a third between sides (main-thread work of the
 * home page, 539 against 395 ms, on 6 December 2026 under a load average of 8), while the runs
 * overlapped throughout; a 100 ms regression separates them completely.
 */
export const SIGNIFICANCE = 0.01;
/** Below this many runs a side there is no spread to test, and the tolerance alone decides. */
const TESTED_FROM = 3;

/**
 * The verdict on one timing, side by side: it fails when our median is worse than the
 * baseline's by more than every bound the tolerance sets, and (with three runs a side or more)
 * the runs themselves show it: a one-sided rank test puts our runs above the baseline's with
 * p < SIGNIFICANCE. Runs missing on either side make it n/a, never a pass.
 */
export function judge(subject: string, tolerance: Tolerance, runs: Paired): Verdict {
  const rule = ruleText(tolerance);
  if (runs.ours.length === 0 || runs.baseline.length === 0)
    return { subject, rule, actual: "not measured on both sides", status: "n/a" };
  const [ours, baseline] = [median(runs.ours), median(runs.baseline)];
  const worse = worseBy(tolerance, ours, baseline);
  const beyondRatio = tolerance.ratio === undefined || worse > tolerance.ratio * Math.abs(baseline);
  const beyondAmount = tolerance.amount === undefined || worse > tolerance.amount;
  const tested = runs.ours.length >= TESTED_FROM && runs.baseline.length >= TESTED_FROM;
  const p = !tested
    ? null
    : tolerance.better === "lower"
      ? rankTestP(runs.ours, runs.baseline)
      : rankTestP(runs.baseline, runs.ours);
  const overlapping = p !== null && p >= SIGNIFICANCE;
  const ratio = baseline === 0 ? "" : ` (×${(ours / baseline).toFixed(2)})`;
  const beyond = worse > 0 && beyondRatio && beyondAmount;
  // A median beyond the tolerance whose runs overlap is said, not failed: the next run decides.
  const note = beyond && overlapping ? `; runs overlap, p = ${p.toFixed(2)}` : "";
  return {
    subject,
    rule,
    actual: `${figure(ours, tolerance.unit)} against ${figure(baseline, tolerance.unit)}${ratio}${note}`,
    status: beyond && !overlapping ? "fail" : "pass",
  };
}

/**
 * A claim about us and the peer, from one run's medians: ours no worse than theirs (`ratio`
 * 1) or at most that fraction of theirs (`ratio` 0.5: half).
 */
export function peerClaim(
  subject: string,
  what: { label: string; unit: Tolerance["unit"]; ratio: number; peer: string },
  runs: { ours: readonly number[]; peer: readonly number[] },
): Verdict {
  const rule =
    what.ratio === 1
      ? `${what.label} no more than ${what.peer}'s`
      : `${what.label} at most ×${what.ratio} ${what.peer}'s`;
  if (runs.ours.length === 0 || runs.peer.length === 0) return { subject, rule, actual: "not measured", status: "n/a" };
  const [ours, peer] = [median(runs.ours), median(runs.peer)];
  return {
    subject,
    rule,
    actual: `${figure(ours, what.unit)} against ${figure(peer, what.unit)} (×${(ours / peer).toFixed(2)})`,
    status: ours <= peer * what.ratio ? "pass" : "fail",
  };
}

export const failures = (verdicts: readonly Verdict[]) => verdicts.filter((v) => v.status === "fail");
