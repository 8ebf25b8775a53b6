import { describe, expect, it } from "vitest";
import { choose, DONT_KNOW, type Answers } from "../questionnaire/answers";
import { stagesFixture } from "../../test/fixtures";
import { roundStage, scoreStages } from "./stages";

const q = stagesFixture();
// Option stages in the fixture:
//   a-1: 1 2 3 4 5 6   a-2: 1 3 4 6   a-3: 1 2 4 5 6   a-4: 1 2 3 4 5 6
//   b-1: 1 2 3 4 5 6   b-2: 1 2 3 6
//   c-1, c-2: 1 2 3 4 5 6 (left unanswered in most cases, so area c has no score)

describe("scoreStages", () => {
  it.each<{
    name: string;
    answers: Answers;
    a: number | null;
    b: number | null;
    c?: number;
    mean: number | null;
    stage: number | null;
  }>([
    {
      // a: stages 3, 4, 4, 4 → 15 / 4 = 3.75; b: 2, 3 → 2.5; mean (3.75 + 2.5) / 2 = 3.125 → stage 3
      name: "every question answered",
      answers: {
        "a-1": choose(2),
        "a-2": choose(2),
        "a-3": choose(2),
        "a-4": choose(3),
        "b-1": choose(1),
        "b-2": choose(2),
      },
      a: 3.75,
      b: 2.5,
      mean: 3.125,
      stage: 3,
    },
    {
      // a: 6, 6 (two "don't know" left out) → 6; b: 6, 6 → 6; mean 6 → stage 6
      name: "don't know is left out, not counted as zero",
      answers: {
        "a-1": choose(5),
        "a-2": choose(3),
        "a-3": DONT_KNOW,
        "a-4": DONT_KNOW,
        "b-1": choose(5),
        "b-2": choose(3),
      },
      a: 6,
      b: 6,
      mean: 6,
      stage: 6,
    },
    {
      // a: only 1 of 4 answered (< half) → not enough answers; b: 1, 1 → 1; c: none.
      // Only 1 of 3 areas is scored, fewer than half → no overall stage
      name: "an area with fewer than half answered has no score, nor does a result with too few areas",
      answers: { "a-1": choose(3), "a-2": DONT_KNOW, "b-1": choose(0), "b-2": choose(0) },
      a: null,
      b: 1,
      mean: null,
      stage: null,
    },
    {
      // a: 2 of 4 answered is exactly half → (1 + 6) / 2 = 3.5; b: 1 of 2 → 4;
      // mean (3.5 + 4) / 2 = 3.75 → stage 4
      name: "exactly half answered is enough",
      answers: { "a-1": choose(0), "a-2": choose(3), "b-1": choose(3) },
      a: 3.5,
      b: 4,
      mean: 3.75,
      stage: 4,
    },
    {
      // a: stages 2, 3, 4, 5 → 14 / 4 = 3.5; b: stages 4, 3 → 3.5;
      // mean (3.5 + 3.5) / 2 = 3.5 → an exact half rounds down → stage 3
      name: "an exact half rounds down",
      answers: {
        "a-1": choose(1),
        "a-2": choose(1),
        "a-3": choose(2),
        "a-4": choose(4),
        "b-1": choose(3),
        "b-2": choose(2),
      },
      a: 3.5,
      b: 3.5,
      mean: 3.5,
      stage: 3,
    },
    {
      // a: 1, 1, 1, 1 → 1; b: none; c: 6, 6 → 6; 2 of 3 areas scored → mean 3.5 → stage 3
      name: "areas are averaged equally, whatever their question count",
      answers: {
        "a-1": choose(0),
        "a-2": choose(0),
        "a-3": choose(0),
        "a-4": choose(0),
        "c-1": choose(5),
        "c-2": choose(5),
      },
      a: 1,
      b: null,
      c: 6,
      mean: 3.5,
      stage: 3,
    },
    {
      // nothing answered: no area scored → no overall stage
      name: "no answers",
      answers: {},
      a: null,
      b: null,
      mean: null,
      stage: null,
    },
  ])("$name", ({ answers, a, b, c, mean, stage }) => {
    const score = scoreStages(q, answers);
    expect(score.dimensions.map((d) => d.score)).toEqual([a, b, c ?? null]);
    expect(score.mean).toBe(mean);
    expect(score.stage).toBe(stage);
  });

  it("counts answered and don't-know separately", () => {
    // a: a-1 answered, a-2 don't know, a-3 and a-4 unanswered
    const score = scoreStages(q, { "a-1": choose(0), "a-2": DONT_KNOW });
    expect(score.dimensions[0]).toMatchObject({ total: 4, answered: 1, dontKnow: 1 });
  });

  it("ignores an option index past the end of the options", () => {
    // a-2 has 4 options, so index 9 is not evidence; a-1 and a-3 give 1 and 1 → 1 from 2 of 4
    const score = scoreStages(q, { "a-1": choose(0), "a-2": choose(9), "a-3": choose(0) });
    expect(score.dimensions[0]).toMatchObject({ answered: 2, score: 1 });
  });
});

describe("roundStage", () => {
  it.each([
    [1, 1],
    [1.49, 1],
    [1.5, 1],
    [1.51, 2],
    [3.5, 3],
    [3.54, 4],
    [5.5, 5],
    [5.51, 6],
    [6, 6],
  ])("%d → stage %d", (value, stage) => {
    expect(roundStage(value)).toBe(stage);
  });

  it("clamps values outside the model", () => {
    expect(roundStage(0.2)).toBe(1);
    expect(roundStage(7)).toBe(6);
  });
});
