import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../test/parse-csv";
import { actionFrom, actionsCsv, byDueDate, decodeActions, encodeAction, MAX_ACTIONS, type Action } from "./actions";

const action: Action = {
  about: { questionnaireId: "journey", kind: "question", id: "leadership-2" },
  text: "Sit in on ten complaint calls, each of us",
  owner: "Ana Souza",
  due: "2027-03-31",
};

describe("an action in a team link", () => {
  it("is written as format 1, one field per line, and reads back", () => {
    expect(encodeAction(action)).toBe(
      "1\njourney\nquestion\nleadership-2\n2027-03-31\nAna Souza\nSit in on ten complaint calls, each of us",
    );
    expect(decodeActions([encodeAction(action)])).toEqual({ actions: [action], problems: [] });
  });

  it("survives the team link's own encoding (property)", () => {
    const line = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => /\S/.test(s));
    fc.assert(
      fc.property(line, line, (text, owner) => {
        const typed = actionFrom({ about: action.about, text, owner, due: "2027-01-05" });
        if (!typed.ok) return;
        const params = new URLSearchParams();
        params.append("a", encodeAction(typed.value));
        const back = new URLSearchParams(params.toString()).getAll("a");
        expect(decodeActions(back).actions).toEqual([typed.value]);
      }),
    );
  });

  it("leaves out a damaged action and says so, keeping the others", () => {
    const good = encodeAction(action);
    const read = decodeActions([
      good,
      good.replace("2027-03-31", "2027-02-30"),
      "1\njourney",
      good.slice(0, -3) + "\nx",
    ]);
    expect(read.actions).toEqual([action]);
    expect(read.problems).toEqual(["3 actions in this team link are damaged and left out."]);
  });

  it("names actions from a newer version rather than calling them damaged", () => {
    const read = decodeActions([encodeAction(action).replace(/^1/, "2")]);
    expect(read).toEqual({
      actions: [],
      problems: ["1 action was written by a newer version of Outside-In and cannot be shown here."],
    });
  });

  it(`reads at most ${MAX_ACTIONS}`, () => {
    const read = decodeActions(Array.from({ length: MAX_ACTIONS + 2 }, () => encodeAction(action)));
    expect(read.actions).toHaveLength(MAX_ACTIONS);
    expect(read.problems).toEqual([`Only the first ${MAX_ACTIONS} actions are read; 2 more were left out.`]);
  });
});

describe("an action typed in the workshop", () => {
  it("is cleaned to one line, and refused with a reason when a field is missing", () => {
    const typed = actionFrom({ about: action.about, text: "  Call\nten customers ", owner: "CEO", due: "2027-04-01" });
    expect(typed).toEqual({
      ok: true,
      value: { ...action, text: "Call ten customers", owner: "CEO", due: "2027-04-01" },
    });
    expect(actionFrom({ about: action.about, text: " ", owner: "CEO", due: "2027-04-01" })).toEqual({
      ok: false,
      problem: "Write what will be done.",
    });
    expect(actionFrom({ about: action.about, text: "Call", owner: "", due: "2027-04-01" })).toMatchObject({
      ok: false,
    });
    expect(actionFrom({ about: action.about, text: "Call", owner: "CEO", due: "" })).toEqual({
      ok: false,
      problem: "Choose the date it is due by.",
    });
  });
});

describe("the actions for a task tool", () => {
  it("are sorted by due date and written as safe CSV", () => {
    const later = { ...action, due: "2027-06-01", text: '=HYPERLINK("x")', owner: "CFO" };
    const sorted = byDueDate([later, action]);
    expect(sorted.map((a) => a.due)).toEqual(["2027-03-31", "2027-06-01"]);
    const rows = parseCsv(actionsCsv(sorted.map((a) => ({ ...a, aboutText: "Leadership" }))));
    expect(rows[0]).toEqual(["action", "owner", "due", "about"]);
    expect(rows[2]).toEqual(['\'=HYPERLINK("x")', "CFO", "2027-06-01", "Leadership"]);
  });
});
