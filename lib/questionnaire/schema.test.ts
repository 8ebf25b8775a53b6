import { describe, expect, it } from "vitest";
import { ContentError, parseWithFriendlyErrors } from "../content/parse";
import { stagesFixture, agreementFixture } from "../../test/fixtures";
import { QuestionnaireSchema } from "./schema";

/** The exact lines an author reads when the build fails on this file. */
function problems(data: unknown): string[] {
  try {
    parseWithFriendlyErrors(QuestionnaireSchema, data, "content/questionnaires/mini.yaml");
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    expect(error.message).toContain("content/questionnaires/mini.yaml");
    return error.problems;
  }
}

describe("QuestionnaireSchema", () => {
  it("accepts the fixtures", () => {
    expect(problems(stagesFixture())).toEqual([]);
    expect(problems(agreementFixture())).toEqual([]);
  });

  it("names a missing field", () => {
    const { title: _title, ...rest } = stagesFixture();
    expect(problems(rest)).toEqual(["title: this text is required"]);
  });

  it("names a field of the wrong type", () => {
    expect(problems({ ...stagesFixture(), version: "2" })).toEqual(['version: must be a number, found "2"']);
  });

  it("names a stage outside 1–6", () => {
    const q = stagesFixture();
    q.questions[0]!.options[5]!.stage = 7;
    expect(problems(q)).toContain("questions[0].options[5].stage: stage must be between 1 and 6");
  });

  it("names a duplicate question id", () => {
    const q = stagesFixture();
    q.questions[1]!.id = "a-1";
    expect(problems(q)).toEqual([
      'questions[0].id: duplicate question id "a-1"',
      'questions[1].id: duplicate question id "a-1"',
    ]);
  });

  it("names a duplicate dimension id", () => {
    const q = stagesFixture();
    q.dimensions[1]!.id = "a";
    expect(problems(q)).toContain('dimensions[1].id: duplicate dimension id "a"');
  });

  it("names an unknown dimension", () => {
    const q = stagesFixture();
    q.questions[4]!.dimension = "d";
    expect(problems(q)).toContain('questions[4].dimension: unknown dimension "d"; declared: a, b, c');
  });

  it("requires stage 1 and stage 6 among a question's options", () => {
    const q = stagesFixture();
    q.questions[0]!.options = q.questions[0]!.options.slice(1);
    q.questions[1]!.options = [1, 2, 3, 4].map((stage) => ({ label: `s${stage}`, stage }));
    expect(problems(q)).toEqual([
      "questions[0].options: no option evidences stage 1",
      "questions[1].options: no option evidences stage 6",
    ]);
  });

  it("requires options in strictly increasing stage order", () => {
    const q = stagesFixture();
    q.questions[0]!.options[2]!.stage = 2;
    expect(problems(q)).toEqual([
      "questions[0].options[2].stage: options must be ordered by strictly increasing stage",
    ]);
  });

  it("limits options to 4–6", () => {
    const q = stagesFixture();
    q.questions[0]!.options = [
      { label: "s1", stage: 1 },
      { label: "s6", stage: 6 },
    ];
    expect(problems(q)).toEqual(["questions[0].options: needs at least 4 options"]);
  });

  it("requires ids to be kebab-case", () => {
    expect(problems({ ...stagesFixture(), id: "Mini Journey" })).toEqual([
      "id: must be kebab-case: lowercase letters, digits and single hyphens",
    ]);
  });

  it("requires both keyings in every blunder", () => {
    const q = agreementFixture();
    q.questions[1]!.keying = "blunder";
    expect(problems(q)).toEqual(['dimensions[0]: dimension "x" needs both blunder- and alternative-keyed statements']);
  });

  it("requires exactly five scale labels", () => {
    expect(problems({ ...agreementFixture(), scale: ["No", "Yes"] })).toEqual(["scale: needs exactly 5 labels"]);
  });

  it("requires at least two questions per dimension", () => {
    const q = stagesFixture();
    q.questions = q.questions.filter((x) => x.id !== "b-2");
    expect(problems(q)).toEqual(['dimensions[1]: dimension "b" has 1 questions; needs 2–6']);
  });

  it("lists every problem at once", () => {
    const q = stagesFixture();
    q.questions[0]!.options[0]!.stage = 0;
    q.questions[2]!.dimension = "zzz";
    // Stage 0 is out of range, and leaves the question without a stage-1 option too.
    expect(problems(q)).toEqual([
      "questions[0].options[0].stage: stage must be between 1 and 6",
      "questions[0].options: no option evidences stage 1",
      'questions[2].dimension: unknown dimension "zzz"; declared: a, b, c',
    ]);
  });

  describe("changelog", () => {
    const release = (version: number, changes: { question: string; kind: "new" | "changed" | "removed" }[]) => ({
      version,
      date: "2026-11-27",
      summary: "A release.",
      changes: changes.map((c) => ({ ...c, why: "Because." })),
    });
    const ids = () => stagesFixture().questions.map((q) => q.id);

    it("accepts a release that matches the questions", () => {
      const [first, second] = ids();
      const q = {
        ...stagesFixture(),
        version: 2,
        changelog: [
          release(2, [
            { question: first!, kind: "changed" },
            { question: second!, kind: "new" },
            { question: "gone", kind: "removed" },
          ]),
        ],
      };
      expect(problems(q)).toEqual([]);
    });

    it("names a change to a question this version does not ask, or a removed one it still asks", () => {
      const [first] = ids();
      const q = {
        ...stagesFixture(),
        version: 2,
        changelog: [
          release(2, [
            { question: "ghost", kind: "changed" },
            { question: first!, kind: "removed" },
          ]),
        ],
      };
      expect(problems(q)).toEqual([
        'changelog[0].changes[0].question: no question "ghost" in this version',
        `changelog[0].changes[1].question: "${first}" is marked removed but is still asked`,
      ]);
    });

    it("names a log whose newest release is not this version, or out of order", () => {
      const [first] = ids();
      const q = {
        ...stagesFixture(),
        version: 3,
        changelog: [
          release(2, [{ question: first!, kind: "changed" }]),
          release(3, [{ question: first!, kind: "changed" }]),
        ],
      };
      expect(problems(q)).toEqual([
        "changelog[1].version: list releases newest first",
        "changelog[0].version: the newest release must be this file's version 3",
      ]);
    });
  });
});
