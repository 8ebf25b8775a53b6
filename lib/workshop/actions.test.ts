import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../test/parse-csv";
import {
  actionFrom,
  actionsCsv,
  byDueDate,
  decodeActions,
  EARLIEST_DUE_YEAR,
  encodeAction,
  LATEST_DUE_YEAR,
  MAX_ACTION_TEXT,
  MAX_ACTIONS,
  type Action,
} from "./actions";
import { teamText } from "../../test/team-text";

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
    expect(decodeActions([encodeAction(action)], teamText())).toEqual({ actions: [action], problems: [] });
  });

  it("survives the team link's own encoding (property)", () => {
    const line = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => /\S/.test(s));
    fc.assert(
      fc.property(line, line, (text, owner) => {
        const typed = actionFrom({ about: action.about, text, owner, due: "2027-01-05" }, teamText());
        if (!typed.ok) return;
        const params = new URLSearchParams();
        params.append("a", encodeAction(typed.value));
        const back = new URLSearchParams(params.toString()).getAll("a");
        expect(decodeActions(back, teamText()).actions).toEqual([typed.value]);
      }),
    );
  });

  it("leaves out a damaged action and says so, keeping the others", () => {
    const good = encodeAction(action);
    const read = decodeActions(
      [good, good.replace("2027-03-31", "2027-02-30"), "1\njourney", good.slice(0, -3) + "\nx"],
      teamText(),
    );
    expect(read.actions).toEqual([action]);
    expect(read.problems).toEqual(["3 actions in this team link are damaged and left out."]);
  });

  it("names actions from a newer version rather than calling them damaged", () => {
    const read = decodeActions([encodeAction(action).replace(/^1/, "2")], teamText());
    expect(read).toEqual({
      actions: [],
      problems: [
        "1 action was written in action format 2, by a newer version of Outside-In than this site runs (it reads format 1), and cannot be shown here.",
      ],
    });
  });

  it(`reads at most ${MAX_ACTIONS}`, () => {
    const read = decodeActions(
      Array.from({ length: MAX_ACTIONS + 2 }, () => encodeAction(action)),
      teamText(),
    );
    expect(read.actions).toHaveLength(MAX_ACTIONS);
    expect(read.problems).toEqual([`Only the first ${MAX_ACTIONS} actions are read; 2 more were left out.`]);
  });
});

describe("an action typed in the workshop", () => {
  it("is cleaned to one line, and refused with a reason when a field is missing", () => {
    const typed = actionFrom(
      { about: action.about, text: "  Call\nten customers ", owner: "CEO", due: "2027-04-01" },
      teamText(),
    );
    expect(typed).toEqual({
      ok: true,
      value: { ...action, text: "Call ten customers", owner: "CEO", due: "2027-04-01" },
    });
    expect(actionFrom({ about: action.about, text: " ", owner: "CEO", due: "2027-04-01" }, teamText())).toEqual({
      ok: false,
      problem: "Write what will be done.",
    });
    expect(actionFrom({ about: action.about, text: "Call", owner: "", due: "2027-04-01" }, teamText())).toMatchObject({
      ok: false,
    });
    expect(actionFrom({ about: action.about, text: "Call", owner: "CEO", due: "" }, teamText())).toEqual({
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
    const rows = parseCsv(
      actionsCsv(
        sorted.map((a) => ({ ...a, aboutText: "Leadership" })),
        teamText(),
      ),
    );
    expect(rows[0]).toEqual(["action", "owner", "due", "about"]);
    expect(rows[2]).toEqual(['\'=HYPERLINK("x")', "CFO", "2027-06-01", "Leadership"]);
  });
});

describe("an action's whole text", () => {
  const long =
    "Walk the whole complaint process as a customer would, from the first call to the refund, and write down each hand-off";
  const tooLong = `${"Sit in on complaint calls with the front line every week ".repeat(5)}`;

  it(`is kept up to ${MAX_ACTION_TEXT} characters, typed or from a link`, () => {
    expect(long.length).toBeGreaterThan(100);
    const typed = actionFrom({ about: action.about, text: long, owner: "CEO", due: "2027-04-01" }, teamText());
    expect(typed.ok && typed.value.text).toBe(long);
    expect(decodeActions([encodeAction({ ...action, text: long })], teamText())).toEqual({
      actions: [{ ...action, text: long }],
      problems: [],
    });
  });

  it("is refused with a message where it is typed when it is longer", () => {
    expect(tooLong.trim().length).toBeGreaterThan(MAX_ACTION_TEXT);
    expect(actionFrom({ about: action.about, text: tooLong, owner: "CEO", due: "2027-04-01" }, teamText())).toEqual({
      ok: false,
      problem: `Keep the action to ${MAX_ACTION_TEXT} characters (this one has ${tooLong.trim().length}): say what will be done in a sentence or two.`,
    });
  });

  it("from a link, is kept as far as it can be and said to be cut, never left out", () => {
    const read = decodeActions([encodeAction({ ...action, text: tooLong.trim() })], teamText());
    expect(read.actions).toHaveLength(1);
    expect(read.actions[0]?.text.length).toBeLessThanOrEqual(MAX_ACTION_TEXT);
    expect(read.actions[0]?.text.endsWith("…")).toBe(true);
    expect(read.problems).toEqual([
      `1 action in this team link is longer than ${MAX_ACTION_TEXT} characters: it is shown cut short, with "…" where it was cut.`,
    ]);
  });
});

describe("an action's owner", () => {
  it("is cleaned as names are: no control or bidi characters", () => {
    const read = decodeActions([encodeAction({ ...action, owner: "\u202EAna\u0007 Souza\u2066" })], teamText());
    expect(read.actions[0]?.owner).toBe("Ana Souza");
    expect(read.problems).toEqual([]);
  });

  it("is dropped, and said to be, when it is only invisible characters", () => {
    const read = decodeActions([encodeAction({ ...action, owner: "\u200B\u3164\u200B" })], teamText());
    expect(read.actions).toEqual([{ about: action.about, text: action.text, due: action.due }]);
    expect(read.problems).toEqual([
      "1 action's owner shows as nothing (only invisible characters), so it is left blank.",
    ]);
  });

  it("is refused where it is typed when it shows as nothing or is too long", () => {
    expect(
      actionFrom({ about: action.about, text: "Call", owner: "\u200B", due: "2027-04-01" }, teamText()),
    ).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^The owner holds only blank or invisible characters/),
    });
    expect(
      actionFrom({ about: action.about, text: "Call", owner: "x".repeat(81), due: "2027-04-01" }, teamText()),
    ).toEqual({
      ok: false,
      problem: "Keep the owner to 80 characters.",
    });
  });
});

describe("an action's due date", () => {
  it.each(["0027-03-31", "1999-12-31", "2101-01-01", "9999-12-31"])("%s is refused where it is typed", (due) => {
    expect(actionFrom({ about: action.about, text: "Call", owner: "CEO", due }, teamText())).toEqual({
      ok: false,
      problem: `Choose a due date between ${EARLIEST_DUE_YEAR} and ${LATEST_DUE_YEAR}.`,
    });
  });

  it("outside the years a workshop plans for is left out of a link's actions, and said to be", () => {
    const read = decodeActions([encodeAction({ ...action, due: "0027-03-31" }), encodeAction(action)], teamText());
    expect(read.actions).toEqual([action]);
    expect(read.problems).toEqual([
      `1 action in this team link is due outside ${EARLIEST_DUE_YEAR}–${LATEST_DUE_YEAR} (31 March 27), so it is left out.`,
    ]);
  });
});
