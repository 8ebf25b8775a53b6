import type { z } from "zod";

type Shape = {
  kind: "stages" | "agreement";
  version: number;
  changelog?: { version: number; changes: { question: string; kind: "new" | "changed" | "removed" }[] }[];
  dimensions: { id: string }[];
  questions: { id: string; dimension: string; options?: { stage: number }[]; keying?: string }[];
};

/** Questions per dimension: fewer than 2 makes "half answered" meaningless; more than 6 tires people. */
const MIN_PER_DIMENSION = 2;
const MAX_PER_DIMENSION = 6;

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return dupes;
}

/** Cross-field rules that a single field's schema cannot see. Each message names the field. */
export function checkQuestionnaire(q: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

  const dupeDims = duplicates(q.dimensions.map((d) => d.id));
  q.dimensions.forEach((d, i) => {
    if (dupeDims.has(d.id)) issue(["dimensions", i, "id"], `duplicate dimension id "${d.id}"`);
  });
  const dupeQuestions = duplicates(q.questions.map((x) => x.id));
  const known = new Set(q.dimensions.map((d) => d.id));

  q.questions.forEach((question, i) => {
    if (dupeQuestions.has(question.id)) issue(["questions", i, "id"], `duplicate question id "${question.id}"`);
    if (!known.has(question.dimension)) {
      issue(
        ["questions", i, "dimension"],
        `unknown dimension "${question.dimension}"; declared: ${[...known].join(", ")}`,
      );
    }
    const options = question.options ?? [];
    options.forEach((option, j) => {
      const previous = options[j - 1];
      if (previous && option.stage <= previous.stage) {
        issue(["questions", i, "options", j, "stage"], "options must be ordered by strictly increasing stage");
      }
    });
    if (q.kind === "stages" && options.length > 0) {
      if (!options.some((o) => o.stage === 1)) issue(["questions", i, "options"], "no option evidences stage 1");
      if (!options.some((o) => o.stage === 6)) issue(["questions", i, "options"], "no option evidences stage 6");
    }
  });

  q.dimensions.forEach((d, i) => {
    const asked = q.questions.filter((x) => x.dimension === d.id);
    if (asked.length < MIN_PER_DIMENSION || asked.length > MAX_PER_DIMENSION) {
      issue(
        ["dimensions", i],
        `dimension "${d.id}" has ${asked.length} questions; needs ${MIN_PER_DIMENSION}–${MAX_PER_DIMENSION}`,
      );
    }
    // Mixed keying is what stops "agree with everything" from scoring well.
    if (q.kind === "agreement" && asked.length > 0) {
      const keys = new Set(asked.map((x) => x.keying));
      if (keys.size < 2)
        issue(["dimensions", i], `dimension "${d.id}" needs both blunder- and alternative-keyed statements`);
    }
  });

  checkChangelog(q, issue);
}

/**
 * The changelog is what decides which earlier answers carry over to a retake and which areas a
 * comparison flags, so it has to describe this version truthfully.
 */
function checkChangelog(q: Shape, issue: (path: (string | number)[], message: string) => void): void {
  const log = q.changelog ?? [];
  const ids = new Set(q.questions.map((x) => x.id));
  log.forEach((release, i) => {
    if (release.version > q.version)
      issue(["changelog", i, "version"], `is newer than this file's version ${q.version}`);
    if (release.version < 2) issue(["changelog", i, "version"], "version 1 changes nothing; start the log at 2");
    const older = log[i - 1];
    if (older && release.version >= older.version) issue(["changelog", i, "version"], "list releases newest first");
    const seen = duplicates(release.changes.map((c) => c.question));
    release.changes.forEach((change, j) => {
      const path = ["changelog", i, "changes", j, "question"];
      if (seen.has(change.question)) issue(path, `"${change.question}" is listed twice in this release`);
      // Only the current release can be checked against the questions in this file.
      if (release.version !== q.version) return;
      const asked = ids.has(change.question);
      if (change.kind === "removed" && asked) issue(path, `"${change.question}" is marked removed but is still asked`);
      if (change.kind !== "removed" && !asked) issue(path, `no question "${change.question}" in this version`);
    });
  });
  if (q.version > 1 && log.length > 0 && log[0]?.version !== q.version) {
    issue(["changelog", 0, "version"], `the newest release must be this file's version ${q.version}`);
  }
}
