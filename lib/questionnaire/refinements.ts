import type { z } from "zod";

type Shape = {
  kind: "stages" | "agreement";
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
}
