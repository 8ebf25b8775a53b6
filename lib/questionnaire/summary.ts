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
