import { changesSince, hasChangelogSince } from "../questionnaire/changes";
import type { Evaluated } from "../results/evaluate";
import { countOf } from "../shared/plural";

function questionIds(e: Evaluated, dimension: string): string {
  return e.questionnaire.questions
    .filter((q) => q.dimension === dimension)
    .map((q) => q.id)
    .join(",");
}

/**
 * Why an area's change between versions needs care, or undefined when its questions are the
 * same. The changelog says which questions changed; without one, a different list of question
 * ids is the only sign.
 */
export function cautionFor(before: Evaluated, after: Evaluated, dimension: string): string | undefined {
  const from = before.questionnaire.version;
  const to = after.questionnaire.version;
  if (from === to) return undefined;
  if (!hasChangelogSince(after.questionnaire, from) || from > to) {
    return questionIds(before, dimension) === questionIds(after, dimension)
      ? undefined
      : "Its questions changed between versions; read the change with care.";
  }
  const changes = changesSince(after.questionnaire, from);
  const now = after.questionnaire.questions.filter((q) => q.dimension === dimension);
  const moved = now.filter((q) => changes.has(q.id)).length;
  const removed = before.questionnaire.questions.filter(
    (q) => q.dimension === dimension && changes.get(q.id) === "removed",
  ).length;
  if (moved === 0 && removed === 0) return undefined;
  const parts = [
    moved > 0 ? `${moved} of its ${now.length} questions are new or changed in version ${to}` : "",
    removed > 0 ? `${countOf(removed, "earlier question was", "earlier questions were")} dropped` : "",
  ].filter(Boolean);
  return `${parts.join(", and ")}; read the change with care.`.replace(/^./, (c) => c.toUpperCase());
}
