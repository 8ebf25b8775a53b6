import { EN } from "@/test/english-words";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadAreaStages } from "@/lib/content/assessments/load-area-stages";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadStageModel } from "@/lib/content/assessments/load-stage-model";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { ORDER_RULE } from "@/lib/results/area-order";
import { QUADRANT_RULE } from "@/lib/results/importance";
import { RISK_THRESHOLDS } from "@/lib/scoring/agreement";
import { AVERAGE_ROUNDING } from "@/lib/scoring/progress";
import { MATURE_FROM_STAGE } from "@/lib/scoring/thresholds";
import { ScoringExplainer } from "./scoring-explainer";

// The scoring page shows the constants the report uses, not a copy of them.
/** The page's text, rendered from the content the site is built from. */
function pageText() {
  const questionnaires = loadCurrentQuestionnaires();
  render(
    <ScoringExplainer
      model={loadStageModel()}
      areaStages={loadAreaStages(journeyOf(questionnaires)!)}
      questionnaires={questionnaires}
      words={EN}
    />,
  );
  return screen.getByRole("article").textContent ?? "";
}

describe("how scoring works", () => {
  it("states the bands, the order and the progress rule from the constants the report applies", () => {
    const text = pageText();
    const { watch, healthy } = RISK_THRESHOLDS;
    expect(text).toContain(
      `below ${watch} is high risk, ${watch} to ${healthy - 1} is worth watching, and ${healthy} or more is healthy.`,
    );
    expect(text).toContain(`weakest first, ${ORDER_RULE.stages}.`);
    expect(text).toContain("(5 − 2) ÷ 4 = 0.75");
    expect(text).toContain(`can add ${AVERAGE_ROUNDING.stages} more`);
    expect(screen.getByRole("heading", { name: "When a change counts as progress" })).toBeTruthy();
  });

  it("states the order with importance and the quadrants by the rules the report applies", () => {
    const text = pageText();
    expect(text).toContain(
      `the priorities and the plan go ${ORDER_RULE.importance}; with none marked, nothing changes.`,
    );
    expect(text).toContain(`(act here first, keep it up, low priority, possibly over-invested): ${QUADRANT_RULE}.`);
    expect(QUADRANT_RULE).toContain(`stage ${MATURE_FROM_STAGE} or above`);
  });
});
