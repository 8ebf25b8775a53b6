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

const withoutHelp = <Q extends { help?: string }>({ help: _help, ...shown }: Q) => shown;

/**
 * A questionnaire as the team view needs it: forBrowser's, without the changelog and the
 * questions' help. The team view reads links of any version by their own answers and shows
 * questions by their text: what changed between versions matters to a retake, and help to a
 * leader answering. On the team page the two were 2.4 KB (gzipped) of its props, enough to push
 * its HTML past a round trip of a slow connection's first window (see docs/performance.md).
 */
export function forTeamView(questionnaire: Questionnaire): Questionnaire {
  const { changelog: _changelog, ...shown } = forBrowser(questionnaire);
  // Two identical branches on purpose, as in forBrowser.
  return shown.kind === "stages"
    ? { ...shown, questions: shown.questions.map(withoutHelp) }
    : { ...shown, questions: shown.questions.map(withoutHelp) };
}

/** What the question flow is given: the questionnaire to run, and every current one in run order. */
export function flowProps(current: readonly Questionnaire[], id: string) {
  const questionnaire = current.find((q) => q.id === id);
  if (!questionnaire) return undefined;
  const siblings = inRunOrder(current).map(({ id, title }) => ({ id, title }));
  return { questionnaire: forBrowser(questionnaire), siblings };
}
