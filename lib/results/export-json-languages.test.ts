import { describe, expect, it } from "vitest";
import { messagesFor } from "../i18n/messages";
import type { SharedResult } from "../link/result-schema";
import { choose, DONT_KNOW } from "../questionnaire/answers";
import { stagesFixture } from "../../test/fixtures";
import { evaluate } from "./evaluate";
import { resultToJson } from "./export";

const result: SharedResult = {
  assessments: [{ questionnaireId: "mini", version: 1, answers: { "a-1": choose(2), "a-2": DONT_KNOW } }],
};
const json = (locale: "de" | "fr" | "es") =>
  resultToJson(
    result,
    evaluate(result, [stagesFixture()]),
    "https://example.org/de/results/#v=1",
    messagesFor(locale).results.change.dontKnow,
  );

// The reader's words follow the page; the keys, ids and the dontKnow flag are data and stay as they are.
describe("the JSON export on a translated page", () => {
  it.each([
    ["de", "Weiß nicht"],
    ["fr", "Je ne sais pas"],
    ["es", "No lo sé"],
  ] as const)("in %s says “don't know” in the page's language and keeps its keys", (locale, dontKnow) => {
    const file = json(locale);
    const answers = file.assessments[0]?.answers ?? [];
    expect(answers[1]).toEqual({
      questionId: "a-2",
      dimension: "a",
      question: "Q a-2",
      answer: dontKnow,
      dontKnow: true,
      value: null,
    });
    expect(JSON.stringify(file)).not.toContain("Don't know");
    expect(Object.keys(file)).toEqual(["format", "formatVersion", "link", "date", "label", "org", "assessments"]);
    expect(file.format).toBe("outside-in-result");
  });
});
