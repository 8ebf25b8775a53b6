import { describe, expect, it } from "vitest";
import { whoHasAnswered } from "./answered";
import type { Invitation } from "./schema";
import { teamText } from "../../test/team-text";

const invitation: Invitation = {
  team: "Retail leadership team",
  facilitator: { name: "Ana Souza", email: "ana@example.org" },
  invited: ["Chief executive", "Chief financial officer", "Head of stores", "Head of online"],
  closes: "2027-03-31",
};
const join = "https://example.org/join/#i=2.abc.defg";

describe("who has answered an invitation", () => {
  it("marks each name on the list that a result carries, and lists the rest as missing", () => {
    const who = whoHasAnswered(
      invitation,
      ["Chief executive", "chief  FINANCIAL officer", undefined, "Head of marketing"],
      join,
      "2027-03-20",
      teamText(),
    );
    expect(who.invited).toEqual([
      { name: "Chief executive", answered: true },
      { name: "Chief financial officer", answered: true },
      { name: "Head of stores", answered: false },
      { name: "Head of online", answered: false },
    ]);
    expect(who.missing).toEqual(["Head of stores", "Head of online"]);
    expect(who.unlisted).toEqual(["Head of marketing"]);
    expect(who.closed).toBe(false);
    expect(who.reminder?.body).toContain(join);
    expect(who.reminder?.body).toContain("Please answer by: 31 March 2027");
  });

  it("counts one result for one line: two results named the same do not answer for a third", () => {
    const twice = { ...invitation, invited: ["Regional director", "Regional director (North)"] };
    const who = whoHasAnswered(twice, ["Regional director", "Regional director"], join, "2027-03-20", teamText());
    expect(who.invited.map((i) => i.answered)).toEqual([true, false]);
  });

  it("has no reminder when everyone has answered, and says when the closing date has passed", () => {
    const who = whoHasAnswered(invitation, invitation.invited ?? [], join, "2027-04-02", teamText());
    expect(who.missing).toEqual([]);
    expect(who.reminder).toBeNull();
    expect(who.closed).toBe(true);
  });
});
