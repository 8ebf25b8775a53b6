import type { Questionnaire } from "./schema";

type AnyDimension = Questionnaire["dimensions"][number];

/**
 * What a section is called while answering. A journey area keeps its name; a blunder is called
 * by its neutral topic, since its own name would tell the respondent which answer is the bad
 * one. Blunder names appear only in results.
 */
export function sectionName(dimension: AnyDimension): string {
  return "topic" in dimension ? dimension.topic : dimension.name;
}
