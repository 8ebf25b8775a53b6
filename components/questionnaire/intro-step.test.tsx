import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { choose } from "@/lib/questionnaire/answers";
import { PROGRESS_FORMAT, type Progress } from "@/lib/storage/progress";
import type { StagesQuestionnaire } from "@/lib/questionnaire/schema";
import { IntroStep } from "./intro-step";
import { flowLanguage } from "@/test/flow-messages";

// A questionnaire of eight questions in one area: the intro counts them.
const questionnaire: StagesQuestionnaire = {
  id: "mini",
  version: 1,
  kind: "stages",
  title: "Mini journey",
  summary: "A fixture.",
  dimensions: [{ id: "a", name: "Area A", description: "The area." }],
  questions: Array.from({ length: 8 }, (_, i) => ({
    id: `a-${i + 1}`,
    dimension: "a",
    text: `Question ${i + 1}`,
    options: [1, 2, 3, 4, 5, 6].map((stage) => ({ label: `Stage ${stage}`, stage })),
  })),
};
const saved = (savedAt: string): Progress => ({
  format: PROGRESS_FORMAT,
  questionnaireId: questionnaire.id,
  version: questionnaire.version,
  answers: { "a-1": choose(2) },
  position: 1,
  savedAt,
});
const noop = () => undefined;

// Progress saved with a time this site cannot read once said "Invalid Date".
describe("the offer to resume", () => {
  it("says when the progress was saved", () => {
    render(
      <IntroStep
        questionnaire={questionnaire}
        saved={saved("2026-11-22T14:05:00Z")}
        onStart={noop}
        onResume={noop}
        {...flowLanguage("en")}
      />,
    );
    expect(screen.getByRole("region", { name: "Saved progress" }).textContent).toMatch(
      /^You have saved progress from 2[23] Nov 2026, \d{2}:\d{2}: 1 of 8 questions answered\./,
    );
  });

  it.each(["yesterday", "1700000000000", "2026-13-01T00:00:00Z"])(
    "leaves out a time it cannot read (%j)",
    (savedAt) => {
      render(
        <IntroStep
          questionnaire={questionnaire}
          saved={saved(savedAt)}
          onStart={noop}
          onResume={noop}
          {...flowLanguage("en")}
        />,
      );
      const text = screen.getByRole("region", { name: "Saved progress" }).textContent;
      expect(text).toMatch(/^You have saved progress: 1 of 8 questions answered\./);
      expect(text).not.toContain("Invalid Date");
    },
  );
});
