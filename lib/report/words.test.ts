import { describe, expect, it } from "vitest";
import { EN } from "../../test/english-words";
import { WITHIN_SPREAD } from "../compare/comparison-view";
import { ORDER_RULE } from "../results/area-order";
import { IMPORTANCE_LABELS, QUADRANT_NAMES, QUADRANT_RULE } from "../results/importance";
import { RISK_BAND_LABELS } from "../scoring/agreement";
import { quadrantRule } from "./importance-view";
import { NO_NOTES_IN_QR, NO_QR_NOTE } from "./print-link";

// /how-scoring-works/, the team view and the workshop still say these rules in English from lib/'s
// constants; the report says them from its messages. The two must never drift apart.
describe("the report's English words", () => {
  const { results, report } = EN.messages;
  it("name bands, importance levels and quadrants as lib/ does", () => {
    expect(results.bands).toEqual(RISK_BAND_LABELS);
    expect(results.importance.levels).toEqual(IMPORTANCE_LABELS);
    expect(results.importance.quadrants).toEqual(QUADRANT_NAMES);
  });
  it("state the order, the quadrant rule and the spread as /how-scoring-works/ does", () => {
    expect(results.order.rules).toEqual(ORDER_RULE);
    expect(quadrantRule(EN)).toBe(QUADRANT_RULE);
    expect(results.change.withinSpread).toBe(WITHIN_SPREAD);
  });
  it("say on paper what the printed link's notes say", () => {
    expect(report.printLink.noCode).toBe(NO_QR_NOTE);
    expect(report.printLink.noNotes).toBe(NO_NOTES_IN_QR);
  });
});
