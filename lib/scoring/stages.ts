import type { Answers } from "../questionnaire/answers";
import type { StageQuestion, StagesQuestionnaire } from "../questionnaire/schema";
import { optionValue } from "./answer-value";
import { dimensionGroups, hasEnoughAnswers, mean, tally, type Tally } from "./common";

const questionsIn = dimensionGroups<StageQuestion>();

export type Stage = 1 | 2 | 3 | 4 | 5 | 6;

/** Graham Hill's model runs from stage 1 (product-centric) to stage 6 (segment managers). */
export const FIRST_STAGE: Stage = 1;
export const LAST_STAGE: Stage = 6;

export type StageDimensionScore = Omit<Tally, "values"> & {
  id: string;
  name: string;
  /** Mean stage of the answered questions, or null when fewer than half were answered. */
  score: number | null;
};

export type StagesScore = {
  kind: "stages";
  dimensions: StageDimensionScore[];
  /** Mean of the scored dimensions, or null when fewer than half the dimensions are scored. */
  mean: number | null;
  /** The overall stage: the mean rounded to the nearest stage, halves rounded down. */
  stage: Stage | null;
};

/**
 * Rounds a mean stage to a whole stage, with exact halves going down: 3.5 is stage 3, 3.51 is
 * stage 4. Rounding down at the half is the cautious reading, since a stage only counts once
 * most of the evidence shows it.
 */
export function roundStage(value: number): Stage {
  const rounded = Math.min(LAST_STAGE, Math.max(FIRST_STAGE, Math.ceil(value - 0.5)));
  return toStage(rounded);
}

/** The stage after this one, or null at the last stage, where there is no next step to take. */
export function nextStage(stage: Stage): Stage | null {
  return stage === LAST_STAGE ? null : toStage(stage + 1);
}

export function toStage(n: number): Stage {
  switch (n) {
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
      return n;
    default:
      throw new RangeError(`not a stage: ${n}`);
  }
}

export function scoreStages(questionnaire: StagesQuestionnaire, answers: Answers): StagesScore {
  const dimensions = questionnaire.dimensions.map((dimension): StageDimensionScore => {
    const questions = questionsIn(questionnaire.questions, dimension.id);
    const { values, ...counts } = tally(questions, answers, (q, i) => optionValue(questionnaire, q, i));
    return { id: dimension.id, name: dimension.name, ...counts, score: hasEnoughAnswers(counts) ? mean(values) : null };
  });
  const scored = dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
  const overall = hasEnoughAnswers({ answered: scored.length, total: dimensions.length }) ? mean(scored) : null;
  return { kind: "stages", dimensions, mean: overall, stage: overall === null ? null : roundStage(overall) };
}
