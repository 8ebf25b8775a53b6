import { describe, expect, it } from "vitest";
import { messagesFor } from "../i18n/messages";
import { stagesFixture } from "../../test/fixtures";
import { PROGRESS_FORMAT, readProgress } from "./progress";
import { progressProblemText } from "./progress-problem";

const q = stagesFixture();
const stored = (fields: object) =>
  JSON.stringify({
    format: PROGRESS_FORMAT,
    questionnaireId: q.id,
    version: q.version,
    answers: {},
    position: 0,
    savedAt: "2026-12-01T09:30:00Z",
    ...fields,
  });

describe("why saved progress cannot be used, in a page's language", () => {
  const texts = ["{", stored({ questionnaireId: "other" }), stored({ version: q.version + 1 }), stored({ version: 0 })];
  it("reads in English as the reason readProgress gives", () => {
    for (const text of texts) {
      const loaded = readProgress(text, q);
      if (loaded.kind !== "discarded") throw new Error(`not discarded: ${text}`);
      expect(progressProblemText(loaded.problem, messagesFor("en").flow.restore)).toBe(loaded.reason);
    }
  });
  it("reads in German with the versions in place", () => {
    const loaded = readProgress(stored({ version: q.version + 1 }), q);
    if (loaded.kind !== "discarded") throw new Error("not discarded");
    expect(progressProblemText(loaded.problem, messagesFor("de").flow.restore)).toBe(
      `Die gespeicherten Antworten stammen aus Version ${q.version + 1} dieses Fragebogens, die neuer ist als die Version ${q.version}, die diese Website verwendet`,
    );
  });
});
