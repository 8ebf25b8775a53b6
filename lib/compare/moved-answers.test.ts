import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { choose, DONT_KNOW, type Answers } from "../questionnaire/answers";
import type { StagesQuestionnaire } from "../questionnaire/schema";
import { scoreAssessment } from "../scoring/score";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { movedAnswers } from "./moved-answers";

const evaluated = (
  questionnaire: ReturnType<typeof stagesFixture> | ReturnType<typeof agreementFixture>,
  answers: Answers,
) => ({
  questionnaire,
  answers,
  score: scoreAssessment(questionnaire, answers),
});

/** Version 2 drops a-2, adds a-5, and renames a-1's first option without changing its stage. */
function secondVersion(): StagesQuestionnaire {
  const v1 = stagesFixture();
  return {
    ...v1,
    version: 2,
    questions: [
      ...v1.questions
        .filter((q) => q.id !== "a-2")
        .map((q) =>
          q.id === "a-1" ? { ...q, options: q.options.map((o, i) => (i === 0 ? { ...o, label: "Renamed" } : o)) } : q,
        ),
      { id: "a-5", dimension: "a", text: "Q a-5", options: v1.questions[0]!.options },
    ],
  };
}

describe("movedAnswers", () => {
  it("lists each changed answer with its question, area and both answers as shown", () => {
    const before = evaluated(stagesFixture(), { "a-1": choose(1), "b-1": DONT_KNOW, "c-1": choose(2) });
    const after = evaluated(stagesFixture(), { "a-1": choose(3), "b-1": choose(0), "c-2": choose(5) });
    expect(movedAnswers(before, after, EN)).toEqual([
      {
        questionId: "a-1",
        question: "Q a-1",
        area: "Area A",
        before: "Looks like stage 2",
        after: "Looks like stage 4",
      },
      { questionId: "b-1", question: "Q b-1", area: "Area B", before: "Don't know", after: "Looks like stage 1" },
      { questionId: "c-1", question: "Q c-1", area: "Area C", before: "Looks like stage 3", after: "No answer" },
      { questionId: "c-2", question: "Q c-2", area: "Area C", before: "No answer", after: "Looks like stage 6" },
    ]);
  });

  it("is empty when nothing changed, for the blunders check too", () => {
    const answers = { "x-1": choose(4), "y-2": DONT_KNOW };
    expect(movedAnswers(evaluated(agreementFixture(), answers), evaluated(agreementFixture(), answers), EN)).toEqual(
      [],
    );
  });

  it("across versions: matches by id, skips new and dropped questions, compares the text shown", () => {
    const before = evaluated(stagesFixture(), { "a-1": choose(1), "a-2": choose(0), "a-3": choose(0) });
    const after = evaluated(secondVersion(), { "a-1": choose(1), "a-3": choose(1), "a-5": choose(2) });
    // a-1 kept its answer; a-2 is gone and a-5 is new, so neither moved; only a-3 did.
    expect(movedAnswers(before, after, EN).map((m) => [m.questionId, m.before, m.after])).toEqual([
      ["a-3", "Looks like stage 1", "Looks like stage 2"],
    ]);
    // The renamed option reads differently, so choosing it again shows as a move in words.
    const renamed = movedAnswers(
      evaluated(stagesFixture(), { "a-1": choose(0) }),
      evaluated(secondVersion(), { "a-1": choose(0) }),
      EN,
    );
    expect(renamed.map((m) => [m.before, m.after])).toEqual([["Looks like stage 1", "Renamed"]]);
  });
});
