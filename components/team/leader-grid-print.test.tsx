import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { GridCell, LeaderGrid as Grid } from "@/lib/team/grid";
import { teamText } from "@/test/team-text";
import { LeaderGrid } from "./leader-grid";

const cell = (text: string, stage: 1 | 2 | 3 | 4 | 5 | 6): GridCell => ({
  text,
  tone: { kind: "stage", stage },
  outlier: null,
});

// Two leaders, two questionnaires of one area each: one table on screen, one per questionnaire on paper.
const grid: Grid = {
  columns: [
    { questionnaireId: "journey", id: "listening", name: "Listening" },
    { questionnaireId: "blunders", id: "silos", name: "Silos" },
  ],
  rows: [
    { leader: 0, name: "Leader 1", cells: [cell("3.0", 3), cell("4.0", 4)] },
    { leader: 1, name: "Leader 2", cells: [cell("2.0", 2), cell("5.0", 5)] },
  ],
};
const titles = { journey: "Journey", blunders: "Blunders" };
const paperGrids = () => screen.queryAllByRole("table", { name: /^Each leader’s score per area: /, hidden: true });

describe("LeaderGrid on paper", () => {
  it("draws the grid per questionnaire only while the browser prints, inside beforeprint", () => {
    render(<LeaderGrid grid={grid} titles={titles} text={teamText()} />);
    expect(screen.getByRole("table", { name: "Each leader’s score per area" })).toBeTruthy();
    // On screen the per-questionnaire copy would only be hidden weight: it is not drawn at all.
    expect(paperGrids()).toHaveLength(0);
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(paperGrids().map((t) => t.querySelector("caption")?.textContent)).toEqual([
      "Each leader’s score per area: Journey",
      "Each leader’s score per area: Blunders",
    ]);
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(paperGrids()).toHaveLength(0);
  });
});
