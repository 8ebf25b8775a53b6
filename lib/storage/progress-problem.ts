import { fill } from "../i18n/format";

/** Why saved progress cannot be used, as data, so each language words it (progressProblemText). */
export type ProgressProblem =
  | { kind: "unreadable" }
  | { kind: "other-questionnaire" }
  | { kind: "newer"; saved: number; runs: number }
  | { kind: "changed"; saved: number };

/** A language's words for the four problems, with {saved} and {runs} to fill (FlowMessages["restore"]). */
export type ProgressReasons = { unreadable: string; otherQuestionnaire: string; newer: string; changed: string };

/** Why saved progress cannot be used, in a language's words. */
export function progressProblemText(problem: ProgressProblem, m: ProgressReasons): string {
  if (problem.kind === "newer") return fill(m.newer, { saved: problem.saved, runs: problem.runs });
  if (problem.kind === "changed") return fill(m.changed, { saved: problem.saved });
  return problem.kind === "unreadable" ? m.unreadable : m.otherQuestionnaire;
}

/** English, as readProgress gives it to its callers and tests. */
export const ENGLISH_REASONS: ProgressReasons = {
  unreadable: "the saved answers in this browser could not be read",
  otherQuestionnaire: "the saved answers belong to a different questionnaire",
  newer:
    "the saved answers come from version {saved} of this questionnaire, newer than the version {runs} this site runs",
  changed: "the saved answers were made with version {saved} of this questionnaire, and it has changed since",
};
