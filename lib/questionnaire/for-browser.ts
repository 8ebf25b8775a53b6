import { inRunOrder } from "./catalogue";
import type { Questionnaire } from "./schema";

const withoutNote = <Q extends { translatorNote?: string }>({ translatorNote: _note, ...shown }: Q) => shown;

/**
 * A questionnaire as a page hands it to the browser: all a leader sees and the scoring needs,
 * without the translators' notes. Those are for whoever translates content/; in a page's props
 * they would only add weight, and a note might be read as part of the question.
 */
export function forBrowser(questionnaire: Questionnaire): Questionnaire {
  // Two identical branches on purpose: narrowing by kind keeps each kind's question type.
  return questionnaire.kind === "stages"
    ? { ...questionnaire, questions: questionnaire.questions.map(withoutNote) }
    : { ...questionnaire, questions: questionnaire.questions.map(withoutNote) };
}

/** What the question flow is given: the questionnaire to run, and every current one in run order. */
export function flowProps(current: readonly Questionnaire[], id: string) {
  const questionnaire = current.find((q) => q.id === id);
  if (!questionnaire) return undefined;
  const siblings = inRunOrder(current).map(({ id, title }) => ({ id, title }));
  return { questionnaire: forBrowser(questionnaire), siblings };
}
