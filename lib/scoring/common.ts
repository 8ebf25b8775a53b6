import type { Answers } from "../questionnaire/answers";
import type { Question } from "../questionnaire/schema";

/** What one dimension's questions yielded, before it is turned into a score. */
export type Tally = {
  /** Questions in the dimension. */
  total: number;
  /** Questions answered with a real option. */
  answered: number;
  /** Questions answered "Don't know". */
  dontKnow: number;
  /** The value of each real answer (a stage, or an avoidance percentage). */
  values: number[];
};

/**
 * A dimension needs at least half its questions answered with a real option to be scored.
 * "Don't know" does not count: it is honest, but it is not evidence.
 */
export function hasEnoughAnswers(tally: Pick<Tally, "answered" | "total">): boolean {
  return tally.total > 0 && tally.answered * 2 >= tally.total;
}

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Walks a dimension's questions and collects the value of every real answer. */
export function tally<Q extends Question>(
  questions: Q[],
  answers: Answers,
  valueOf: (question: Q, optionIndex: number) => number | undefined,
): Tally {
  const result: Tally = { total: questions.length, answered: 0, dontKnow: 0, values: [] };
  for (const question of questions) {
    const answer = answers[question.id];
    if (!answer) continue;
    if (answer.kind === "dont-know") {
      result.dontKnow += 1;
      continue;
    }
    const value = valueOf(question, answer.index);
    // An index past the options is not evidence; sanitiseAnswers normally removes it first.
    if (value === undefined) continue;
    result.answered += 1;
    result.values.push(value);
  }
  return result;
}

/**
 * A grouping of questions by dimension, worked out once per questionnaire and kept: scoring
 * runs once per link, and a team view scores thousands against the same questionnaire.
 */
export function dimensionGroups<Q extends { dimension: string }>(): (
  questions: readonly Q[],
  dimension: string,
) => Q[] {
  const cache = new WeakMap<readonly Q[], Map<string, Q[]>>();
  return (questions, dimension) => {
    let groups = cache.get(questions);
    if (!groups) {
      groups = new Map();
      for (const q of questions) groups.set(q.dimension, [...(groups.get(q.dimension) ?? []), q]);
      cache.set(questions, groups);
    }
    return groups.get(dimension) ?? [];
  };
}
