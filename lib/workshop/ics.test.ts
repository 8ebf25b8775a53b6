import { describe, expect, it } from "vitest";
import { actionsCalendar, escapeText, foldLine, type CalendarAction } from "./ics";
import { teamText } from "../../test/team-text";

const action = (over: Partial<CalendarAction> = {}): CalendarAction => ({
  about: { questionnaireId: "journey", kind: "area", id: "leadership" },
  aboutText: "Leadership (Customer journey)",
  text: "Walk the complaint process as a customer",
  owner: "Ana Souza",
  due: "2027-03-31",
  ...over,
});
const stamp = new Date("2027-02-01T09:30:15.250Z");

describe("the actions as an iCalendar file (RFC 5545)", () => {
  it("writes one all-day event per action, every line ended by CRLF", () => {
    const file = actionsCalendar([action()], stamp, teamText(), "Retail leadership team");
    expect(file).toBe(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Outside-In//Team workshop actions//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        // FNV-1a of what the action is about, its text and its owner: stable from export to export.
        "UID:action-11067c1a@outside-in",
        "DTSTAMP:20270201T093015Z",
        "DTSTART;VALUE=DATE:20270331",
        "SUMMARY:Walk the complaint process as a customer",
        // 12 + 16 + 2 + 36 + 2 + 7 = 75 octets, then the fold.
        "DESCRIPTION:Owner: Ana Souza\\nAbout: Leadership (Customer journey)\\nTeam: R",
        " etail leadership team",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
    // No bare LF anywhere: every "\n" is the end of a CRLF.
    expect(file.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("escapes backslashes, semicolons, commas and line breaks in text (§3.3.11)", () => {
    expect(escapeText("a\\b; c, d\ne")).toBe("a\\\\b\\; c\\, d\\ne");
  });

  it("folds at 75 octets, counting the leading space, and never inside a character (§3.1)", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(80)}`);
    const lines = folded.split("\r\n");
    // "SUMMARY:" is 8 octets, each é is 2: 8 + 33 × 2 = 74, one more would be 76.
    expect(lines[0]).toBe(`SUMMARY:${"é".repeat(33)}`);
    expect(lines[1]).toBe(` ${"é".repeat(37)}`);
    expect(lines[2]).toBe(` ${"é".repeat(10)}`);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfolding (removing CRLF + one space) gives the line back.
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"é".repeat(80)}`);
  });

  it("leaves a line of exactly 75 octets whole", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}y`)).toBe(`${line}\r\n y`);
  });

  it("keeps an action's UID when only its date moves, and tells two identical actions apart", () => {
    const uids = (file: string) => [...file.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]?.trim());
    const moved = uids(actionsCalendar([action({ due: "2027-06-30" })], stamp, teamText()));
    expect(moved).toEqual(uids(actionsCalendar([action()], stamp, teamText())));
    const twice = uids(actionsCalendar([action(), action()], stamp, teamText()));
    expect(new Set(twice).size).toBe(2);
  });

  it("writes an empty calendar when nothing was agreed", () => {
    expect(actionsCalendar([], stamp, teamText()).split("\r\n")).toContain(
      "PRODID:-//Outside-In//Team workshop actions//EN",
    );
    expect(actionsCalendar([], stamp, teamText())).not.toContain("BEGIN:VEVENT");
  });
});

describe("a due date outside the years a workshop plans for", () => {
  it("is never written to the calendar", () => {
    const file = actionsCalendar([action({ due: "0027-03-31" }), action()], stamp, teamText());
    expect(file).not.toContain("00270331");
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it("an action without an owner is written without one", () => {
    const { owner: _owner, ...ownerless } = action();
    expect(actionsCalendar([ownerless], stamp, teamText())).toContain(
      "DESCRIPTION:About: Leadership (Customer journey)",
    );
  });
});
