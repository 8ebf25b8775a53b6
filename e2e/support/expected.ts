import type { Plan } from "./flow";
import { average, blunders, journey } from "./content";

// What a report must show for a plan of answers, worked out from the English content files
// here rather than by the code under test. Every language scores the same answers the same, so
// these figures are what the German, French and Spanish reports must show too.

/** The journey's known profile: varied, with "don't know" and a skipped question at times. */
export const journeyPlan: Plan = (i, optionCount) => {
  if (i % 9 === 4) return "dont-know";
  if (i % 11 === 7) return null;
  return (i * 5 + 2) % optionCount;
};

/** The blunders check's known profile: every point of the scale, and "don't know" at times. */
export const blundersPlan: Plan = (i) => (i % 6 === 5 ? "dont-know" : (i * 3) % 5);

/** Expected per-area stage scores (null: fewer than half answered) and the overall stage. */
export function expectedJourney(plan: Plan) {
  const q = journey();
  const areas = q.dimensions.map((d) => {
    const stages: number[] = [];
    let total = 0;
    q.questions.forEach((question, i) => {
      if (question.dimension !== d.id) return;
      total += 1;
      const choice = plan(i, question.options.length);
      if (typeof choice === "number") stages.push(question.options[choice]!.stage);
    });
    return { id: d.id, name: d.name, score: stages.length * 2 >= total ? average(stages) : null };
  });
  const scored = areas.flatMap((a) => (a.score === null ? [] : [a.score]));
  return { areas, stage: Math.ceil(average(scored) - 0.5) };
}

/** Expected avoidance per blunder, 0–100 (null: fewer than half answered). */
export function expectedBlunders(plan: Plan) {
  const q = blunders();
  return q.dimensions.map((d) => {
    const values: number[] = [];
    let total = 0;
    q.questions.forEach((question, i) => {
      if (question.dimension !== d.id) return;
      total += 1;
      const choice = plan(i, q.scale.length);
      if (typeof choice !== "number") return;
      // Agreeing (index 4) with a blunder statement scores 0; with an alternative, 100.
      const agreement = choice / (q.scale.length - 1);
      values.push((question.keying === "blunder" ? 1 - agreement : agreement) * 100);
    });
    const score = values.length * 2 >= total ? Math.round(average(values)) : null;
    return { id: d.id, name: d.name, score };
  });
}

/** The band of an avoidance score, by the thresholds /how-scoring-works/ states. */
export const bandOf = (score: number) => (score < 40 ? "high" : score < 70 ? "watch" : "healthy");
