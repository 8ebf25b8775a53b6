import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { LeaderNotes, NOTES_AT_ONCE } from "./leader-notes";
import { teamText } from "@/test/team-text";

const notes = Array.from({ length: 45 }, (_, leader) => ({ leader, text: `Note ${leader + 1}` }));
const nameOf = (leader: number) => `Leader ${leader + 1}`;
const items = () =>
  within(screen.getByRole("list", { name: "Notes leaders left on this question" })).getAllByRole("listitem");

describe("LeaderNotes", () => {
  it("draws the first notes of a long list, and more at each press of the button, until all are shown", async () => {
    render(<LeaderNotes notes={notes} nameOf={nameOf} locale="en" words={teamText().team} />);
    expect(items()).toHaveLength(NOTES_AT_ONCE);
    // 45 notes, 20 drawn: 25 left, of which the button draws 20, then the last 5.
    await userEvent.click(screen.getByRole("button", { name: "Show 20 more notes, of 25 not shown" }));
    expect(items()).toHaveLength(40);
    await userEvent.click(screen.getByRole("button", { name: "Show 5 more notes, of 5 not shown" }));
    expect(items()).toHaveLength(45);
    expect(items().at(-1)?.textContent).toBe("Leader 45: Note 45");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("on a slide, shows the first few and says where the rest are, with no button", () => {
    render(<LeaderNotes notes={notes} nameOf={nameOf} max={3} locale="en" words={teamText().team} />);
    expect(items()).toHaveLength(3);
    expect(screen.getByText("42 more notes are in the team view.")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});
