import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadAreaStages } from "@/lib/content/assessments/load-area-stages";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadStageModel } from "@/lib/content/assessments/load-stage-model";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { ORDER_RULE } from "@/lib/results/area-order";
import { QUADRANT_RULE } from "@/lib/results/importance";
import { MATURE_FROM_STAGE } from "@/lib/scoring/thresholds";
import { ScoringExplainer } from "./scoring-explainer";

describe("how scoring works, on importance", () => {
  it("states the order and the quadrants by the rules the report applies", () => {
    const questionnaires = loadCurrentQuestionnaires();
    render(
      <ScoringExplainer
        model={loadStageModel()}
        areaStages={loadAreaStages(journeyOf(questionnaires)!)}
        questionnaires={questionnaires}
      />,
    );
    const text = screen.getByRole("article").textContent ?? "";
    expect(text).toContain(
      `the priorities and the plan go ${ORDER_RULE.importance}; with none marked, nothing changes.`,
    );
    expect(text).toContain(`(act here first, keep it up, low priority, possibly over-invested): ${QUADRANT_RULE}.`);
    expect(QUADRANT_RULE).toContain(`stage ${MATURE_FROM_STAGE} or above`);
  });
});
