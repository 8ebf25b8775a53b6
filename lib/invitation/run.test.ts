import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { minutesLeft } from "../questionnaire/timing";
import { encodeInvitation, type Invitation } from "./token";
import {
  invitedRun,
  joinFragment,
  readInviteRun,
  startFragment,
  tokenInInvitationLink,
  tokenInJoinFragment,
} from "./run";

const invitation: Invitation = {
  team: "Northwind",
  facilitator: { name: "Ana Souza", email: "ana@example.org" },
};
const token = encodeInvitation(invitation);

describe("the addresses an invitation travels through", () => {
  it("the landing page holds the token as i=", () => {
    expect(joinFragment(token)).toBe(`i=${token}`);
    expect(tokenInJoinFragment(`#${joinFragment(token)}`)).toBe(token);
    expect(tokenInJoinFragment("#v=2&journey=1.AB")).toBeNull();
  });

  it("the run carries the token, the role and the organisation, percent-encoded", () => {
    const fragment = startFragment({ token, role: "Head of sales & service", org: "Northwind Ltd" });
    expect(fragment).toBe(`invite=${token}&role=Head%20of%20sales%20%26%20service&org=Northwind%20Ltd`);
    expect(readInviteRun(`#${fragment}`)).toEqual({
      token,
      invitation: { ok: true, value: invitation },
      role: "Head of sales & service",
      org: "Northwind Ltd",
    });
  });

  it("leaves out an organisation nobody gave", () => {
    expect(startFragment({ token, role: "CEO" })).toBe(`invite=${token}&role=CEO`);
    expect(readInviteRun(`invite=${token}&role=CEO`)?.org).toBeUndefined();
  });

  it("reads a role written with + for spaces, and cleans it as a label", () => {
    expect(readInviteRun(`invite=${token}&role=Head+of%0Asales`)?.role).toBe("Head of sales");
  });

  it("is null without an invitation, and typed when the token is damaged", () => {
    expect(readInviteRun("#v=2&journey=1.AB")).toBeNull();
    const run = readInviteRun(`invite=${token.slice(0, 10)}&role=CEO`);
    expect(run?.invitation).toMatchObject({ ok: false, error: { kind: "truncated" } });
  });
});

describe("invitedRun", () => {
  it("starts with the journey and takes as long as both assessments, as the flow counts them", () => {
    const [journey, blunders] = [stagesFixture(), agreementFixture()];
    const run = invitedRun([blunders, journey]);
    expect(run.journeyId).toBe("mini");
    expect(run.minutes).toBe(minutesLeft(journey) + minutesLeft(blunders));
  });

  it("refuses content without a journey", () => {
    expect(() => invitedRun([agreementFixture()])).toThrow(/starts with the journey/);
  });
});

describe("the invitation a facilitator pastes into the team view", () => {
  it.each([
    ["https://example.org/join/#i=1.abc.defg", "1.abc.defg"],
    ["  #i=1.abc.defg ", "1.abc.defg"],
    ["i=1.abc.defg", "1.abc.defg"],
    ["1.abc.defg", "1.abc.defg"],
    ["https://example.org/join/#x=1", null],
    ["   ", null],
  ])("finds the token in %j", (text, token) => {
    expect(tokenInInvitationLink(text)).toBe(token);
  });
});
