import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadAreaStages } from "@/lib/content/assessments/load-area-stages";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadStageModel } from "@/lib/content/assessments/load-stage-model";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { ORDER_RULE } from "@/lib/results/area-order";
import { RISK_THRESHOLDS } from "@/lib/scoring/agreement";
import { AVERAGE_ROUNDING } from "@/lib/scoring/progress";
import { ScoringExplainer } from "./scoring-explainer";

// The scoring page shows the constants the report uses, not a copy of them.
describe("how scoring works", () => {
  it("states the bands, the order and the progress rule from the constants the report applies", () => {
    const questionnaires = loadCurrentQuestionnaires();
    render(
      <ScoringExplainer
        model={loadStageModel()}
        areaStages={loadAreaStages(journeyOf(questionnaires)!)}
        questionnaires={questionnaires}
      />,
    );
    const text = screen.getByRole("article").textContent ?? "";
    const { watch, healthy } = RISK_THRESHOLDS;
    expect(text).toContain(
      `below ${watch} is high risk, ${watch} to ${healthy - 1} is worth watching, and ${healthy} or more is healthy.`,
    );
    expect(text).toContain(`weakest first, ${ORDER_RULE.stages}.`);
    expect(text).toContain("(5 − 2) ÷ 4 = 0.75");
    expect(text).toContain(`can add ${AVERAGE_ROUNDING.stages} more`);
    expect(screen.getByRole("heading", { name: "When a change counts as progress" })).toBeTruthy();
  });
});
