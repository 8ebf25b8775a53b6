import { choose, DONT_KNOW, type Answer, type Answers } from "../lib/questionnaire/answers";
import type { Questionnaire } from "../lib/questionnaire/schema";
import { optionValue } from "../lib/scoring/answer-value";
import { scoreAssessment } from "../lib/scoring/score";

/**
 * Answers that give each area exactly the score asked for (an area left out is not answered),
 * found by trying each question's options and "Don't know": a team can then be written as the
 * scores the issue or a facilitator reports ("three leaders at 1.25–2"), and still be real links.
 */
export function answersForScores(q: Questionnaire, scores: Readonly<Record<string, number>>): Answers {
  const answers: Answers = {};
  for (const [area, target] of Object.entries(scores)) {
    const questions = q.questions.filter((x) => x.dimension === area);
    const found = search(q, questions, target);
    if (!found) throw new Error(`no answers give ${q.id}/${area} a score of ${target}`);
    questions.forEach((x, i) => {
      const a = found[i];
      if (a) answers[x.id] = a;
    });
  }
  const check = scoreAssessment(q, answers);
  for (const [area, target] of Object.entries(scores)) {
    const got = check.dimensions.find((d) => d.id === area)?.score;
    if (got !== target) throw new Error(`${q.id}/${area}: wanted ${target}, scoring gives ${got}`);
  }
  return answers;
}

type Q = Questionnaire["questions"][number];

/** Depth-first over each question's choices, fewest "Don't know" first, until the area scores `target`. */
function search(q: Questionnaire, questions: readonly Q[], target: number): Answer[] | null {
  const choices = questions.map((x) => {
    const values: { answer: Answer; value: number | null }[] = [];
    for (let i = 0; ; i += 1) {
      const value = optionValue(q, x, i);
      if (value === undefined) break;
      values.push({ answer: choose(i), value });
    }
    return [...values, { answer: DONT_KNOW, value: null }];
  });
  const picked: { answer: Answer; value: number | null }[] = [];
  const score = () => {
    const values = picked.flatMap((p) => (p.value === null ? [] : [p.value]));
    if (values.length * 2 < questions.length) return null;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return q.kind === "agreement" ? Math.round(mean) : mean;
  };
  const walk = (i: number): boolean => {
    if (i === questions.length) return score() === target;
    for (const c of choices[i] ?? []) {
      picked.push(c);
      if (walk(i + 1)) return true;
      picked.pop();
    }
    return false;
  };
  return walk(0) ? picked.map((p) => p.answer) : null;
}
