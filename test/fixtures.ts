import { choose, type Answers } from "../lib/questionnaire/answers";
import type { AgreementQuestionnaire, StagesQuestionnaire } from "../lib/questionnaire/schema";
import type { TransitionStepSet } from "../lib/recommendations/steps-schema";

const stageOptions = (stages: number[]) => stages.map((stage) => ({ label: `Looks like stage ${stage}`, stage }));

/** A small journey: area "a" with 4 questions, "b" and "c" with 2 each. */
export function stagesFixture(): StagesQuestionnaire {
  return {
    id: "mini",
    version: 1,
    kind: "stages",
    title: "Mini journey",
    summary: "A fixture.",
    dimensions: [
      { id: "a", name: "Area A", description: "First area." },
      { id: "b", name: "Area B", description: "Second area." },
      { id: "c", name: "Area C", description: "Third area." },
    ],
    questions: [
      { id: "a-1", dimension: "a", text: "Q a-1", options: stageOptions([1, 2, 3, 4, 5, 6]) },
      { id: "a-2", dimension: "a", text: "Q a-2", options: stageOptions([1, 3, 4, 6]) },
      { id: "a-3", dimension: "a", text: "Q a-3", options: stageOptions([1, 2, 4, 5, 6]) },
      { id: "a-4", dimension: "a", text: "Q a-4", options: stageOptions([1, 2, 3, 4, 5, 6]) },
      { id: "b-1", dimension: "b", text: "Q b-1", options: stageOptions([1, 2, 3, 4, 5, 6]) },
      { id: "b-2", dimension: "b", text: "Q b-2", options: stageOptions([1, 2, 3, 6]) },
      { id: "c-1", dimension: "c", text: "Q c-1", options: stageOptions([1, 2, 3, 4, 5, 6]) },
      { id: "c-2", dimension: "c", text: "Q c-2", options: stageOptions([1, 2, 3, 4, 5, 6]) },
    ],
  };
}

/**
 * Answers to stagesFixture with an area at each kind of place: a at 2.25 (stages 2, 3, 2, 2,
 * which rounds to 2), b at 6 (6 and 6), c at 3.5 (4 and 3, which rounds down to 3). Only the
 * areas named are answered.
 */
export function mixedAnswers(areas: readonly string[] = ["a", "b", "c"]): Answers {
  const all: Answers = {
    "a-1": choose(1),
    "a-2": choose(1),
    "a-3": choose(1),
    "a-4": choose(1),
    "b-1": choose(5),
    "b-2": choose(3),
    "c-1": choose(3),
    "c-2": choose(2),
  };
  return Object.fromEntries(Object.entries(all).filter(([id]) => areas.includes(id.split("-")[0] ?? "")));
}

/** A plan step for every area and stage of stagesFixture, titled "a 2→3" so a plan's order reads off. */
export function stepsFixture(): TransitionStepSet {
  return {
    questionnaire: "mini",
    steps: ["a", "b", "c"].flatMap((dimension) =>
      [1, 2, 3, 4, 5].map((from) => ({
        dimension,
        from,
        to: from + 1,
        title: `${dimension} ${from}→${from + 1}`,
        step: "Do it.",
        why: "Because.",
        articles: ["x"],
      })),
    ),
  };
}

/** A small blunders check: two blunders, each with one statement of each keying. */
export function agreementFixture(): AgreementQuestionnaire {
  return {
    id: "mini-blunders",
    version: 1,
    kind: "agreement",
    title: "Mini blunders",
    summary: "A fixture.",
    scale: ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"],
    dimensions: [
      { id: "x", name: "Blunder X", topic: "Part X", description: "X happens.", alternative: "Y instead." },
      { id: "y", name: "Blunder Y", topic: "Part Y", description: "Y happens.", alternative: "Z instead." },
    ],
    questions: [
      { id: "x-1", dimension: "x", text: "We do X.", keying: "blunder" },
      { id: "x-2", dimension: "x", text: "We do the alternative to X.", keying: "alternative" },
      { id: "y-1", dimension: "y", text: "We do Y.", keying: "blunder" },
      { id: "y-2", dimension: "y", text: "We do the alternative to Y.", keying: "alternative" },
    ],
  };
}
