import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { DECISION_SECONDS, minutesLeft, questionSeconds, READING_WORDS_PER_MINUTE } from "./timing";

describe("timing", () => {
  it("reads a question's text, hint and option labels, then adds the decision", () => {
    const q = stagesFixture();
    q.questions[0] = { ...q.questions[0]!, text: "one two three four", help: "five six" };
    const labels = q.questions[0].options.map((o) => o.label.split(/\s+/).length).reduce((a, b) => a + b, 0);
    const words = 6 + labels;
    expect(questionSeconds(q, q.questions[0])).toBeCloseTo((words / READING_WORDS_PER_MINUTE) * 60 + 10);
  });

  it("gives an agreement statement its own short decision time", () => {
    const q = agreementFixture();
    const words = q.questions[0]!.text.split(/\s+/).length;
    expect(questionSeconds(q, q.questions[0]!)).toBeCloseTo(
      (words / READING_WORDS_PER_MINUTE) * 60 + DECISION_SECONDS.agreement,
    );
  });

  it("rounds the minutes left up, never below one, and shrinks as questions are answered", () => {
    const q = stagesFixture();
    const long = "word ".repeat(400);
    q.questions = q.questions.map((x) => ({ ...x, text: long }));
    const all = minutesLeft(q);
    const seconds = q.questions.reduce((s, x) => s + questionSeconds(q, x), 0);
    expect(all).toBe(Math.ceil(seconds / 60));
    expect(minutesLeft(q, q.questions.length - 1)).toBeLessThan(all);
    expect(minutesLeft(q, q.questions.length)).toBe(1);
  });
});
