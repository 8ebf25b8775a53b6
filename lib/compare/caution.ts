import { fill } from "../i18n/format";
import { changesSince, hasChangelogSince } from "../questionnaire/changes";
import type { Evaluated } from "../results/evaluate";
import { fillCount, type Words } from "../report/words";

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
export function cautionFor(before: Evaluated, after: Evaluated, dimension: string, w: Words): string | undefined {
  const m = w.messages.results.change;
  const from = before.questionnaire.version;
  const to = after.questionnaire.version;
  if (from === to) return undefined;
  if (!hasChangelogSince(after.questionnaire, from) || from > to) {
    return questionIds(before, dimension) === questionIds(after, dimension) ? undefined : m.questionsChanged;
  }
  const changes = changesSince(after.questionnaire, from);
  const now = after.questionnaire.questions.filter((q) => q.dimension === dimension);
  const moved = now.filter((q) => changes.has(q.id)).length;
  const removed = before.questionnaire.questions.filter(
    (q) => q.dimension === dimension && changes.get(q.id) === "removed",
  ).length;
  if (moved === 0 && removed === 0) return undefined;
  const parts = [
    moved > 0 ? fill(m.questionsMoved, { moved, total: now.length, version: to }) : "",
    removed > 0 ? fillCount(w, m.questionsDropped, removed) : "",
  ].filter(Boolean);
  return fill(m.caution, { parts: parts.join(m.cautionJoin) }).replace(/^./, (c) => c.toLocaleUpperCase(w.locale));
}
