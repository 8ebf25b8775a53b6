import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { LeaderGrid as Grid } from "@/lib/team/grid";
import { teamText } from "@/test/team-text";
import { GRID_PAGE, GRID_STEP, LeaderGrid } from "./leader-grid";

const LEADERS = 2 * GRID_PAGE + 50;
const grid: Grid = {
  columns: [{ questionnaireId: "journey", id: "a", name: "Area A" }],
  rows: Array.from({ length: LEADERS }, (_, leader) => ({
    leader,
    name: `Leader ${leader + 1}`,
    cells: [{ text: "3", tone: { kind: "stage", stage: 3 }, outlier: null }],
  })),
};
// The on-screen grid is the table named by this caption; the print-only copies have their own.
const rowHeaders = () =>
  within(screen.getByRole("table", { name: "Each leader’s score per area" })).getAllByRole("rowheader");

describe("LeaderGrid", () => {
  it("draws a first page of leaders, and the rest a page at a time from the keyboard", async () => {
    const user = userEvent.setup();
    render(<LeaderGrid grid={grid} titles={{ journey: "Journey" }} text={teamText()} />);
    // The page's rows come a few at a time, each step in its own task, so no draw is one long task.
    expect(rowHeaders()).toHaveLength(GRID_STEP);
    await waitFor(() => expect(rowHeaders()).toHaveLength(GRID_PAGE));
    expect(screen.getByText(`Showing ${GRID_PAGE} of ${LEADERS} leaders.`)).toBeTruthy();
    // Each press at least doubles what is shown: 100, then 200, then the last 50.
    // Tab reaches the grid's scroll box, then the button.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: `Show ${GRID_PAGE} more` }));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(rowHeaders()).toHaveLength(2 * GRID_PAGE));
    screen.getByRole("button", { name: "Show 50 more" }).focus();
    await user.keyboard(" ");
    await waitFor(() => expect(rowHeaders()).toHaveLength(LEADERS));
    expect(rowHeaders().at(-1)?.textContent).toBe(`Leader ${LEADERS}`);
    expect(screen.queryByRole("button", { name: /^Show \d+ more$/ })).toBeNull();
  });
});
