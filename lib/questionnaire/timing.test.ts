import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { loadCurrentQuestionnaires } from "../content/assessments/load-questionnaires";
import { optionLabels } from "./answers";
import { DECISION_SECONDS, estimateText, minutesLeft, questionSeconds, READING_WORDS_PER_MINUTE } from "./timing";

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

  it("assumes a careful reader in a second language, and says so wherever the estimate is shown", () => {
    // 200 words a minute promised 19 minutes for the journey's 2,733 words of careful reading;
    // a careful reader in a second language takes longer, and the estimate says which pace it assumes.
    expect(READING_WORDS_PER_MINUTE).toBeLessThanOrEqual(150);
    expect(estimateText(26)).toBe("about 26 minutes, reading carefully at 130 words a minute");
    expect(estimateText(1)).toBe("about 1 minute, reading carefully at 130 words a minute");
  });

  it("gives the real questionnaires the time their words take at that pace", () => {
    for (const q of loadCurrentQuestionnaires()) {
      const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
      const read = q.questions
        .map(
          (x) => words(x.text) + words(x.help ?? "") + (q.kind === "stages" ? words(optionLabels(q, x).join(" ")) : 0),
        )
        .reduce((a, b) => a + b, 0);
      expect(minutesLeft(q), q.id).toBeGreaterThanOrEqual(Math.ceil(read / 130));
    }
  });
});
