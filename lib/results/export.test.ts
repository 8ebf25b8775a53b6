import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { choose, DONT_KNOW } from "../questionnaire/answers";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import type { SharedResult } from "../link/result-schema";
import { evaluate } from "./evaluate";
import { resultToCsv, resultToJson } from "./export";

const catalogue = [stagesFixture(), agreementFixture()];
const result: SharedResult = {
  assessments: [
    { questionnaireId: "mini", version: 1, answers: { "a-1": choose(2), "a-2": DONT_KNOW } },
    { questionnaireId: "mini-blunders", version: 1, answers: { "x-1": choose(4) } },
  ],
  label: '=HYPERLINK("evil")',
  org: "Acme, Inc.",
  date: "2026-11-22",
};

describe("resultToJson", () => {
  const json = resultToJson(
    result,
    evaluate(result, catalogue),
    "https://example.org/results/#v=1",
    EN.messages.results.change.dontKnow,
  );
  it("names questionnaires and versions and lists every question", () => {
    expect(json.assessments.map((a) => [a.questionnaireId, a.version, a.answers.length])).toEqual([
      ["mini", 1, 8],
      ["mini-blunders", 1, 4],
    ]);
  });
  it("records answers with their text and value", () => {
    // a-1 option index 2 is stage 3; a-2 is "don't know"; x-1 strongly agree with a blunder is 0
    expect(json.assessments[0]?.answers.slice(0, 3)).toEqual([
      { questionId: "a-1", dimension: "a", question: "Q a-1", answer: "Looks like stage 3", dontKnow: false, value: 3 },
      { questionId: "a-2", dimension: "a", question: "Q a-2", answer: "Don't know", dontKnow: true, value: null },
      { questionId: "a-3", dimension: "a", question: "Q a-3", answer: "", dontKnow: false, value: null },
    ]);
    expect(json.assessments[1]?.answers[0]).toMatchObject({ answer: "Strongly agree", value: 0 });
  });
  it("carries the scores and context", () => {
    expect(json).toMatchObject({
      format: "outside-in-result",
      date: "2026-11-22",
      org: "Acme, Inc.",
      link: "https://example.org/results/#v=1",
    });
    // a: 1 of 4 answered is fewer than half → no score, so no overall stage either
    expect(json.assessments[0]?.overall).toEqual({ mean: null, stage: null });
  });
});

describe("resultToCsv", () => {
  const csv = resultToCsv(result, evaluate(result, catalogue), EN);
  const lines = csv.trimEnd().split("\r\n");
  it("has one row per question and one per dimension, after a header", () => {
    // 8 + 4 questions, 3 + 2 dimensions
    expect(lines).toHaveLength(1 + 8 + 3 + 4 + 2);
    expect(lines[0]).toBe(
      `"row","questionnaire","version","dimension","id","text","answer","value","label","organisation","date"`,
    );
    expect(lines[1]).toBe(
      `"question","mini",1,"a","a-1","Q a-1","Looks like stage 3",3,"'=HYPERLINK(""evil"")","Acme, Inc.","2026-11-22"`,
    );
  });
  it("writes dimension rows with their score or the reason there is none", () => {
    expect(lines.find((l) => l.startsWith(`"dimension","mini",1,"a",`))).toContain("Not enough answers");
  });

  it("names where a scored area stands, in its own words, and a blunder's band", () => {
    // b: b-1 → stage 2, b-2 → stage 3: 2.5, which rounds down to stage 2.
    const scored: SharedResult = {
      assessments: [
        { questionnaireId: "mini", version: 1, answers: { "b-1": choose(1), "b-2": choose(2) } },
        { questionnaireId: "mini-blunders", version: 1, answers: { "x-1": choose(0), "x-2": choose(4) } },
      ],
    };
    const rows = resultToCsv(scored, evaluate(scored, catalogue), EN, (area, stage) => `${area} at ${stage}`)
      .trimEnd()
      .split("\r\n");
    expect(rows.find((l) => l.startsWith(`"dimension","mini",1,"b",`))).toBe(
      `"dimension","mini",1,"b","b","Area B","Stage 2 of 6: b at 2",2.5,,,`,
    );
    expect(rows.find((l) => l.startsWith(`"dimension","mini-blunders",1,"x",`))).toContain(`"Healthy",100`);
  });
});
