import type { Questionnaire } from "./schema";
import { minutesLeft } from "./timing";

/** What lists and cards show about a questionnaire, without shipping its questions. */
export type QuestionnaireSummary = {
  id: string;
  kind: Questionnaire["kind"];
  title: string;
  summary: string;
  minutes: number;
  questionCount: number;
  dimensionCount: number;
};

export function summarise(q: Questionnaire): QuestionnaireSummary {
  return {
    id: q.id,
    kind: q.kind,
    title: q.title,
    summary: q.summary,
    minutes: minutesLeft(q),
    questionCount: q.questions.length,
    dimensionCount: q.dimensions.length,
  };
}

/** Each questionnaire's title by id: all a saved result needs to be named. */
export function titlesOf(questionnaires: readonly Pick<Questionnaire, "id" | "title">[]): Record<string, string> {
  return Object.fromEntries(questionnaires.map((q) => [q.id, q.title]));
}
