import { describe, expect, it } from "vitest";
import { checkInvitationFields, rolesOf, type InvitationFields } from "./form";

const fields: InvitationFields = {
  team: " Northwind leadership team ",
  name: "Ana Souza",
  email: " ana@example.org ",
  roles: "Chief executive\n\n  Head of   sales \nChief executive\r\nHead of service",
  closes: "2027-03-31",
};

describe("the invitation maker's fields", () => {
  it("become an invitation: trimmed, roles one per line, each once", () => {
    expect(checkInvitationFields(fields)).toEqual({
      ok: true,
      value: {
        team: "Northwind leadership team",
        facilitator: { name: "Ana Souza", email: "ana@example.org" },
        roles: ["Chief executive", "Head of sales", "Head of service"],
        closes: "2027-03-31",
      },
    });
  });

  it("leave out roles and the closing date when none are given", () => {
    const check = checkInvitationFields({ ...fields, roles: " \n ", closes: "" });
    expect(check).toEqual({
      ok: true,
      value: { team: "Northwind leadership team", facilitator: { name: "Ana Souza", email: "ana@example.org" } },
    });
  });

  it("say, field by field, what to change", () => {
    const check = checkInvitationFields({
      team: "  ",
      name: "x".repeat(81),
      email: "ana at example.org",
      roles: Array.from({ length: 13 }, (_, i) => `Role ${i}`).join("\n"),
      closes: "31/03/2027",
    });
    expect(check).toEqual({
      ok: false,
      problems: {
        team: "Enter the team's name.",
        name: "Keep your name to 80 characters.",
        email: "Enter an email address like name@example.org.",
        roles: "List at most 12 roles; people can still type their own.",
        closes: "Enter the closing date as year, month and day, like 2027-03-31.",
      },
    });
  });

  it("refuse names made only of blank or invisible characters, saying so", () => {
    const check = checkInvitationFields({
      ...fields,
      team: "\u3164\u3164",
      name: "\u200B\u200D",
      roles: "CEO\n\u2800\u0301",
    });
    expect(check).toEqual({
      ok: false,
      problems: {
        team: expect.stringMatching(/^The team's name holds only blank or invisible characters/),
        name: expect.stringMatching(/^Your name holds only blank or invisible characters/),
        roles: expect.stringMatching(/^The role on line 2 holds only blank or invisible characters/),
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
    expect(checkInvitationFields({ ...fields, email }).ok).toBe(ok);
  });

  it("refuses an impossible date", () => {
    expect(checkInvitationFields({ ...fields, closes: "2027-02-30" }).ok).toBe(false);
  });

  it("reads roles from any line ending", () => {
    expect(rolesOf("a\rb\r\nc\n\na")).toEqual(["a", "b", "c"]);
  });
});
