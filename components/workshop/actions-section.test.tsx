import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { teamCatalogue } from "@/test/team-links";
import type { Action } from "@/lib/workshop/actions";
import { actionLines, aboutValue, type ActionChoice } from "@/lib/workshop/action-choices";
import { ActionsSection } from "./actions-section";
import { teamText } from "@/test/team-text";

const choices: ActionChoice[] = [
  {
    value: aboutValue({ questionnaireId: "mini", kind: "question", id: "a-2" }),
    label: "Question: Q a-2",
    about: { questionnaireId: "mini", kind: "question", id: "a-2" },
  },
  {
    value: aboutValue({ questionnaireId: "mini", kind: "area", id: "b" }),
    label: "Area B (Mini journey)",
    about: { questionnaireId: "mini", kind: "area", id: "b" },
  },
];

/** The section as the team view holds it: the actions in state, their lines from lib. */
function Editor({ initial = [], seen }: { initial?: Action[]; seen: Action[][] }) {
  const [actions, setActions] = useState(initial);
  return (
    <ActionsSection
      actions={actions}
      lines={actionLines(actions, teamCatalogue, teamText())}
      choices={choices}
      onChange={(next) => {
        seen.push(next);
        setActions(next);
      }}
      text={teamText()}
    />
  );
}

describe("the actions editor", () => {
  it("adds an action with its subject, owner and due date, and lists it", async () => {
    const seen: Action[][] = [];
    render(<Editor seen={seen} />);
    await userEvent.selectOptions(screen.getByLabelText("About"), "Area B (Mini journey)");
    await userEvent.type(screen.getByLabelText("Action"), "Map who owns complaints across teams");
    await userEvent.type(screen.getByLabelText("Owner"), "COO");
    await userEvent.type(screen.getByLabelText("Due"), "2027-04-30");
    await userEvent.click(screen.getByRole("button", { name: "Add the action" }));
    expect(seen.at(-1)).toEqual([
      {
        about: { questionnaireId: "mini", kind: "area", id: "b" },
        text: "Map who owns complaints across teams",
        owner: "COO",
        due: "2027-04-30",
      },
    ]);
    const table = screen.getByRole("table", { name: "Actions agreed, by due date" });
    expect(table.textContent).toContain("Area B (Mini journey)");
    expect(table.textContent).toContain("30 April 2027");
    expect(screen.getByRole("button", { name: "Download the actions (CSV)" })).toBeTruthy();
  });

  it("clears the form after adding, so the next action inherits nothing from the last", async () => {
    const seen: Action[][] = [];
    render(<Editor seen={seen} />);
    await userEvent.selectOptions(screen.getByLabelText("About"), "Area B (Mini journey)");
    await userEvent.type(screen.getByLabelText("Action"), "Call ten customers");
    await userEvent.type(screen.getByLabelText("Owner"), "COO");
    await userEvent.type(screen.getByLabelText("Due"), "2027-04-30");
    await userEvent.click(screen.getByRole("button", { name: "Add the action" }));
    expect(seen).toHaveLength(1);
    expect(screen.getByLabelText<HTMLInputElement>("Action").value).toBe("");
    expect(screen.getByLabelText<HTMLInputElement>("Owner").value).toBe("");
    expect(screen.getByLabelText<HTMLInputElement>("Due").value).toBe("");
    // The topic goes back to where the form started, not to the last action's.
    const about = screen.getByLabelText<HTMLSelectElement>("About");
    expect(about.selectedOptions[0]?.textContent).toBe("Question: Q a-2");
  });

  it("says what is missing instead of adding half an action", async () => {
    const seen: Action[][] = [];
    render(<Editor seen={seen} />);
    await userEvent.type(screen.getByLabelText("Action"), "Call ten customers");
    await userEvent.click(screen.getByRole("button", { name: "Add the action" }));
    expect(screen.getByRole("alert").textContent).toBe("Name who will do it: a person or a role.");
    expect(seen).toEqual([]);
  });

  it("refuses a pasted action longer than the limit with a message, rather than cutting it", async () => {
    const seen: Action[][] = [];
    render(<Editor seen={seen} />);
    const long = "Walk the complaint process from first call to refund. ".repeat(5).trim();
    await userEvent.click(screen.getByLabelText("Action"));
    await userEvent.paste(long);
    expect(screen.getByLabelText("Action")).toHaveProperty("value", long);
    await userEvent.type(screen.getByLabelText("Owner"), "COO");
    await userEvent.type(screen.getByLabelText("Due"), "2027-04-30");
    await userEvent.click(screen.getByRole("button", { name: "Add the action" }));
    expect(screen.getByRole("alert").textContent).toMatch(/^Keep the action to 200 characters \(this one has 269\)/);
    expect(seen).toEqual([]);
  });

  it("refuses a due date two thousand years away", async () => {
    const seen: Action[][] = [];
    render(<Editor seen={seen} />);
    await userEvent.type(screen.getByLabelText("Action"), "Call ten customers");
    await userEvent.type(screen.getByLabelText("Owner"), "COO");
    await userEvent.type(screen.getByLabelText("Due"), "0027-03-31");
    await userEvent.click(screen.getByRole("button", { name: "Add the action" }));
    expect(screen.getByRole("alert").textContent).toBe("Choose a due date between 2000 and 2100.");
    expect(seen).toEqual([]);
  });

  it("removes an action", async () => {
    const seen: Action[][] = [];
    const initial: Action[] = [
      { about: choices[0]!.about, text: "First", owner: "CEO", due: "2027-04-01" },
      { about: choices[1]!.about, text: "Second", owner: "CFO", due: "2027-03-01" },
    ];
    render(<Editor seen={seen} initial={initial} />);
    await userEvent.click(screen.getByRole("button", { name: "Remove: First" }));
    expect(seen.at(-1)?.map((a) => a.text)).toEqual(["Second"]);
    expect(screen.getByRole("status").textContent).toBe("Action removed: First.");
  });
});
