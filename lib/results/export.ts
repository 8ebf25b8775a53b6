import type { SharedResult } from "../link/result-schema";
import { optionLabels, type Answer } from "../questionnaire/answers";
import type { Question, Questionnaire } from "../questionnaire/schema";
import { answerValue } from "../scoring/answer-value";
import { roundStage, type Stage } from "../scoring/stages";
import { bandIn, stageOfSix } from "../report/figures";
import type { Words } from "../report/words";
import { csvFormatFor } from "./csv-format";
import { toCsv, type CsvValue } from "./csv";
import type { Evaluated } from "./evaluate";

/** An answer as the respondent saw it: the option's label, "Don't know", or "" when unanswered. */
export function answerText(
  q: Questionnaire,
  question: Question,
  answer: Answer | undefined,
  dontKnow = "Don't know",
): string {
  if (!answer) return "";
  return answer.kind === "dont-know" ? dontKnow : (optionLabels(q, question)[answer.index] ?? "");
}

/**
 * Everything in a result as one JSON document: ids and versions, every answer, every score. The
 * keys, ids, versions, bands and `dontKnow` are data and never change with the page's language;
 * titles, questions, answers and area names are what the leader read, in the page's language,
 * "Don't know" included (`dontKnow`, the results messages' word). docs/translations.md says so.
 */
export function resultToJson(result: SharedResult, evaluated: Evaluated[], link: string, dontKnow: string) {
  return {
    format: "outside-in-result",
    formatVersion: 1,
    link,
    date: result.date ?? null,
    label: result.label ?? null,
    org: result.org ?? null,
    assessments: evaluated.map(({ questionnaire: q, answers, score }) => ({
      questionnaireId: q.id,
      version: q.version,
      title: q.title,
      overall:
        score.kind === "stages" ? { mean: score.mean, stage: score.stage } : { score: score.mean, band: score.band },
      dimensions: score.dimensions,
      answers: q.questions.map((question) => ({
        questionId: question.id,
        dimension: question.dimension,
        question: question.text,
        answer: answerText(q, question, answers[question.id], dontKnow),
        dontKnow: answers[question.id]?.kind === "dont-know",
        value: answerValue(q, question, answers[question.id]),
      })),
    })),
  };
}

/** The CSV's columns: every row, whatever it describes, has these (named in the page's language). */
export const CSV_COLUMNS = [
  "row",
  "questionnaire",
  "version",
  "dimension",
  "id",
  "text",
  "answer",
  "value",
  "label",
  "organisation",
  "date",
] as const;

/** The CSV's columns by their keys, as the English file has always named them. */
export const CSV_HEADER: CsvValue[] = [...CSV_COLUMNS];

/** The last three cells of every row: who and when, as the result carries them. */
export const csvContext = (result: SharedResult): CsvValue[] => [
  result.label ?? null,
  result.org ?? null,
  result.date ?? null,
];

/** One row per question and one per dimension, for spreadsheets: see resultToCsv. */
export function resultRows(
  result: SharedResult,
  evaluated: Evaluated[],
  w: Words,
  stageName?: (area: string, stage: Stage) => string,
): CsvValue[][] {
  const m = w.messages.results;
  const rows: CsvValue[][] = [CSV_HEADER];
  const context = csvContext(result);
  for (const { questionnaire: q, answers, score } of evaluated) {
    for (const question of q.questions) {
      const answer = answers[question.id];
      rows.push([
        "question",
        q.id,
        q.version,
        question.dimension,
        question.id,
        question.text,
        answerText(q, question, answer, m.change.dontKnow),
        answerValue(q, question, answer),
        ...context,
      ]);
    }
    for (const d of score.dimensions) {
      const value = d.score === null ? null : Math.round(d.score * 100) / 100;
      // A blunder's band is said of the very number in the value column.
      const where =
        d.score === null
          ? m.notEnough
          : "band" in d
            ? bandIn(d.score, w).label
            : `${stageOfSix(roundStage(d.score), w, true)}${stageName ? `: ${stageName(d.id, roundStage(d.score))}` : ""}`;
      rows.push(["dimension", q.id, q.version, d.id, d.id, d.name, where, value, ...context]);
    }
  }
  return rows;
}

/**
 * One row per question and one per dimension, for spreadsheets. A dimension row's answer column
 * says where the score stands: the stage, with its scale and its name in that area
 * (`stageName`, from content/area-stages.yaml), or the blunder's risk band.
 */
export function resultToCsv(
  result: SharedResult,
  evaluated: Evaluated[],
  w: Words,
  stageName?: (area: string, stage: Stage) => string,
): string {
  return toCsv(resultRows(result, evaluated, w, stageName), csvFormatFor(w.locale));
}
