import { optionLabels } from "../questionnaire/answers";
import type { Catalogue } from "../questionnaire/catalogue";
import { optionValue } from "../scoring/answer-value";
import { chartScale } from "../scoring/scale";
import { quantileOfCounts } from "./robust";
import type { Leader } from "./people";

/** One answer option and how many leaders chose it. */
export type OptionCount = { label: string; value: number | null; count: number };

/** How a team answered one question: counts per option, "Don't know" apart. */
export type QuestionSpread = {
  questionnaireId: string;
  id: string;
  text: string;
  dimension: string;
  dimensionName: string;
  options: OptionCount[];
  dontKnow: number;
  /** Leaders who chose an option (not "Don't know"). */
  answered: number;
  /**
   * How far apart the middle half of the answers lie, as a share of the questionnaire's scale
   * (0–1), so journey stages and blunders points rank together. Null under two answers.
   */
  spread: number | null;
  /** Standard deviation on the same 0–1 share: breaks ties between equal interquartile ranges. */
  deviation: number | null;
};

/**
 * Every question of each questionnaire's newest version, counted over the leaders who took that
 * version: answers to an older version's question could mean something else, so they do not mix.
 */
export function questionSpreads(
  leaders: readonly Leader[],
  catalogue: Catalogue,
  ids: readonly string[],
): QuestionSpread[] {
  return ids.flatMap((id) => {
    const q = catalogue.filter((c) => c.id === id).sort((a, b) => b.version - a.version)[0];
    if (!q) return [];
    const answersOf = leaders.flatMap((l) =>
      l.assessments.filter((a) => a.questionnaireId === id && a.version === q.version).map((a) => a.answers),
    );
    const { max } = chartScale(q.kind);
    const bottom = q.kind === "stages" ? 1 : 0;
    const names = new Map(q.dimensions.map((d) => [d.id, d.name]));
    return q.questions.map((question) => {
      const labels = optionLabels(q, question);
      const counts = labels.map(() => 0);
      let dontKnow = 0;
      for (const answers of answersOf) {
        const answer = answers[question.id];
        if (answer?.kind === "dont-know") dontKnow += 1;
        else if (answer && answer.index < counts.length) counts[answer.index] = (counts[answer.index] ?? 0) + 1;
      }
      const options = labels.map((label, i) => ({
        label,
        value: optionValue(q, question, i) ?? null,
        count: counts[i] ?? 0,
      }));
      return {
        questionnaireId: id,
        id: question.id,
        text: question.text,
        dimension: question.dimension,
        dimensionName: names.get(question.dimension) ?? question.dimension,
        options,
        dontKnow,
        ...measure(options, max - bottom),
      };
    });
  });
}

/** Interquartile range and standard deviation of the chosen options' values, as shares of `width`. */
function measure(options: readonly OptionCount[], width: number) {
  // Options sorted by value: keying can run the scale backwards (a blunder statement).
  const valued = options
    .filter((o): o is OptionCount & { value: number } => o.value !== null)
    .sort((a, b) => a.value - b.value);
  const values = valued.map((o) => o.value);
  const counts = valued.map((o) => o.count);
  const answered = counts.reduce((a, b) => a + b, 0);
  if (answered < 2) return { answered, spread: null, deviation: null };
  const q1 = quantileOfCounts(values, counts, 0.25) ?? 0;
  const q3 = quantileOfCounts(values, counts, 0.75) ?? 0;
  let sum = 0;
  valued.forEach((o) => (sum += o.value * o.count));
  const mean = sum / answered;
  let squares = 0;
  valued.forEach((o) => (squares += o.count * (o.value - mean) ** 2));
  return { answered, spread: (q3 - q1) / width, deviation: Math.sqrt(squares / answered) / width };
}

/** How many questions the workshop discusses. */
export const TOP_QUESTIONS = 5;

/**
 * The questions leaders disagree on most: widest middle half first, then widest spread overall.
 * A question where the middle half agrees is left out even if one leader differs: that is one
 * person's view, which the grid shows, not a question the team disagrees on.
 */
export function mostDisputed(questions: readonly QuestionSpread[], limit = TOP_QUESTIONS): QuestionSpread[] {
  return questions
    .filter((q) => q.spread !== null && q.spread > 0)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0) || (b.deviation ?? 0) - (a.deviation ?? 0))
    .slice(0, limit);
}
