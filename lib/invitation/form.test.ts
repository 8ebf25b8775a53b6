import { describe, expect, it } from "vitest";
import { checkInvitationFields, namesOf, type InvitationFields } from "./form";
import { linkSeal } from "../link/seal";
import { decodeInvitation, encodeInvitation } from "./token";
import { invitationProblems } from "../i18n/messages/en/invitation-problems";

// The form's words in English, as an English page passes them.
const ENGLISH_WORDS = { locale: "en" as const, m: invitationProblems };

const fields: InvitationFields = {
  team: " Northwind leadership team ",
  name: "Ana Souza",
  email: " ana@example.org ",
  invited: "Chief executive\n\n  Head of   sales \nChief executive\r\nHead of service",
  closes: "2027-03-31",
};

describe("the invitation maker's fields", () => {
  it("become an invitation: trimmed, those invited one per line, each once", () => {
    expect(checkInvitationFields(fields, ENGLISH_WORDS)).toEqual({
      ok: true,
      value: {
        team: "Northwind leadership team",
        facilitator: { name: "Ana Souza", email: "ana@example.org" },
        invited: ["Chief executive", "Head of sales", "Head of service"],
        closes: "2027-03-31",
      },
    });
  });

  it("leave out those invited and the closing date when none are given", () => {
    const check = checkInvitationFields({ ...fields, invited: " \n ", closes: "" }, ENGLISH_WORDS);
    expect(check).toEqual({
      ok: true,
      value: { team: "Northwind leadership team", facilitator: { name: "Ana Souza", email: "ana@example.org" } },
    });
  });

  it("say, field by field, what to change", () => {
    const check = checkInvitationFields(
      {
        team: "  ",
        name: "x".repeat(81),
        email: "ana at example.org",
        invited: Array.from({ length: 41 }, (_, i) => `Role ${i}`).join("\n"),
        closes: "31/03/2027",
      },
      ENGLISH_WORDS,
    );
    expect(check).toEqual({
      ok: false,
      problems: {
        team: "Enter the team's name.",
        name: "Keep your name to 80 characters.",
        email: "Enter an email address like name@example.org.",
        invited: "List at most 40 people or roles; anyone else can still type their own role.",
        closes: "Enter the closing date as year, month and day, like 2027-03-31.",
      },
    });
  });

  it("refuse names made only of blank or invisible characters, saying so", () => {
    const check = checkInvitationFields(
      {
        ...fields,
        team: "\u3164\u3164",
        name: "\u200B\u200D",
        invited: "CEO\n\u2800\u0301",
      },
      ENGLISH_WORDS,
    );
    expect(check).toEqual({
      ok: false,
      problems: {
        team: expect.stringMatching(/^The team's name holds only blank or invisible characters/),
        name: expect.stringMatching(/^Your name holds only blank or invisible characters/),
        invited: expect.stringMatching(/^The name or role on line 2 holds only blank or invisible characters/),
      },
    });
  });

  it.each([
    ["ana@example.org", true],
    ["ana.souza+workshop@mail.example.co.uk", true],
    ["o'neil@example.ie", true],
    ["zoë@bücher.example", true],
    ["ana@example", false],
    ["ana@@example.org", false],
    [".ana@example.org", false],
    ["ana..souza@example.org", false],
    ["ana@example.org?cc=all@example.org", false],
    ["ana@exa mple.org", false],
    ["", false],
  ])("an email %j is %s", (email, ok) => {
    expect(checkInvitationFields({ ...fields, email }, ENGLISH_WORDS).ok).toBe(ok);
  });

  it("refuses an impossible date", () => {
    expect(checkInvitationFields({ ...fields, closes: "2027-02-30" }, ENGLISH_WORDS).ok).toBe(false);
  });

  it("reads names from any line ending", () => {
    expect(namesOf("a\rb\r\nc\n\na")).toEqual(["a", "b", "c"]);
  });

  it("refuse a list too long for one link, naming the field", () => {
    // 40 names of 80 characters in a script of three UTF-8 bytes each: far over 4,000 characters.
    const long = Array.from({ length: 40 }, (_, i) => `${i}${"語".repeat(78)}`).join("\n");
    expect(checkInvitationFields({ ...fields, invited: long }, ENGLISH_WORDS)).toEqual({
      ok: false,
      problems: { invited: "This list is too long for one link: shorten the names, or list fewer." },
    });
  });

  it("make a format 2 token when people are invited, that reads back with them", () => {
    const check = checkInvitationFields(fields, ENGLISH_WORDS);
    if (!check.ok) throw new Error("the fields are valid");
    expect(decodeInvitation(encodeInvitation(check.value))).toEqual({ ok: true, value: check.value });
    expect(encodeInvitation(check.value)).toMatch(/^2\./);
  });
});

describe("names the team view would match as one", () => {
  it.each([
    ["case", "CFO\nHead of sales\ncfo", 'Lines 1 and 3 ("CFO" and "cfo")'],
    ["full-width letters", "ＣＥＯ\nCEO", 'Lines 1 and 2 ("ＣＥＯ" and "CEO")'],
  ])("are refused when they differ only in %s, naming both lines", (_how, invited, lines) => {
    const check = checkInvitationFields({ ...fields, invited }, ENGLISH_WORDS);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.invited).toContain(lines);
    expect(check.problems.invited).toMatch(/the team view takes them for one person/);
  });

  it("are one line when they are the same once cleaned", () => {
    const check = checkInvitationFields({ ...fields, invited: "Head of\u200B sales\nHead of sales" }, ENGLISH_WORDS);
    expect(check.ok && check.value.invited).toEqual(["Head of sales"]);
  });

  it("are named once when a link made elsewhere lists them both", () => {
    const token = encodeInvitation({
      team: "Northwind",
      facilitator: { name: "Ana", email: "ana@example.org" },
      invited: ["CFO", "Head of sales"],
    });
    // A hand-made token with both spellings: read as one line, the first.
    const [format, payload] = token.split(".");
    const wire = JSON.parse(atob(payload!.replaceAll("-", "+").replaceAll("_", "/")));
    const tampered = JSON.stringify({ ...wire, p: ["CFO", "cfo", "Head of sales"] });
    const body = `${format}.${btoa(tampered).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}`;
    const decoded = decodeInvitation(`${body}.${linkSeal(body)}`);
    expect(decoded.ok && decoded.value.invited).toEqual(["CFO", "Head of sales"]);
  });
});
