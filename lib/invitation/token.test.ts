import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeInvitation, encodeInvitation, INVITATION_FORMAT, MAX_TOKEN_LENGTH, type Invitation } from "./token";
import { invitationErrorInEnglish } from "./english-errors";
import { MAX_NAME, MAX_ROLES } from "./schema";
import { cleanName } from "../shared/name-rule";

const invitation: Invitation = {
  team: "Northwind leadership team",
  facilitator: { name: "Ana Souza", email: "ana.souza+workshop@example.org" },
  roles: ["Chief executive", "Head of sales", "Head of service"],
  closes: "2027-03-31",
};
const token = encodeInvitation(invitation);

/**
 * A name as people type them: any script, emoji, punctuation; never blank. Names are cleaned
 * as labels are (one space between words), so the arbitrary writes them that way already.
 */
const name = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .filter((s) => /[\p{L}\p{N}]/u.test(s) && !/[\p{Cc}\p{Cf}\p{Cs}]|[^\S ]|\s\s/u.test(s))
  .map((s) => s.trim())
  // A name is one cleanName keeps whole (lib/shared/name-rule.ts): visible, nothing blank at its ends.
  .filter((s) => s !== "" && s.length <= MAX_NAME && cleanName(s, MAX_NAME) === s);
const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+'-]{0,20}[a-z0-9]$/), fc.stringMatching(/^[a-z0-9-]{1,20}\.[a-z]{2,6}$/))
  .filter(([local]) => !local.includes(".."))
  .map(([local, domain]) => `${local}@${domain}`);
const date = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const invitations: fc.Arbitrary<Invitation> = fc
  .record({
    team: name,
    facilitator: fc.record({ name, email }),
    roles: fc.option(fc.uniqueArray(name, { minLength: 1, maxLength: MAX_ROLES }), { nil: undefined }),
    closes: fc.option(date, { nil: undefined }),
    invited: fc.option(fc.uniqueArray(name, { minLength: 1, maxLength: 8 }), { nil: undefined }),
  })
  .map(({ roles, closes, invited, ...rest }) => ({
    ...rest,
    ...(roles && { roles }),
    ...(closes && { closes }),
    ...(invited && { invited }),
  }));

describe("an invitation token", () => {
  it("reads back what was written", () => {
    expect(decodeInvitation(token)).toEqual({ ok: true, value: invitation });
  });

  it("lists who is invited as format 2, and is format 1 as before when it lists no one", () => {
    const listing = encodeInvitation({ ...invitation, invited: ["Ana", "Chief financial officer"] });
    expect(listing).toMatch(/^2\./);
    expect(decodeInvitation(listing)).toEqual({
      ok: true,
      value: { ...invitation, invited: ["Ana", "Chief financial officer"] },
    });
    expect(token).toMatch(/^1\./);
  });

  it("is URL-safe: nothing a fragment would escape", () => {
    expect(token).toMatch(/^1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{4}$/);
    expect(encodeURIComponent(token)).toBe(token);
  });

  it("round-trips any invitation (property)", () => {
    fc.assert(
      fc.property(invitations, (inv) => {
        const written = encodeInvitation(inv);
        expect(encodeURIComponent(written)).toBe(written);
        expect(written.length).toBeLessThan(MAX_TOKEN_LENGTH);
        expect(decodeInvitation(written)).toEqual({ ok: true, value: inv });
      }),
      { numRuns: 500 },
    );
  });

  it("says a token cut anywhere is cut (property)", () => {
    fc.assert(
      fc.property(invitations, fc.nat(), (inv, at) => {
        const written = encodeInvitation(inv);
        const cut = written.slice(0, 1 + (at % (written.length - 1)));
        const decoded = decodeInvitation(cut);
        expect(decoded.ok).toBe(false);
        if (!decoded.ok) expect(decoded.error.kind).toBe("truncated");
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a token with any one character changed (property)", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.constantFrom(...alphabet), (at, c) => {
        fc.pre(token[at] !== c && token[at] !== ".");
        const changed = token.slice(0, at) + c + token.slice(at + 1);
        const decoded = decodeInvitation(changed);
        expect(decoded.ok).toBe(false);
        if (!decoded.ok) expect(["tampered", "not-a-result", "newer-format"]).toContain(decoded.error.kind);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on hostile input, and every failure has a message (property)", () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.string({ maxLength: 30 }).map((s) => `${token}${s}`),
      fc.stringMatching(/^1\.[A-Za-z0-9_-]{0,60}\.[A-Za-z0-9_-]{0,6}$/),
      fc.integer({ min: 1, max: 10_000 }).map((n) => `1.${"A".repeat(n)}.AAAA`),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const decoded = decodeInvitation(input);
        if (!decoded.ok) expect(invitationErrorInEnglish(decoded.error).length).toBeGreaterThan(20);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["empty", "", "empty"],
    ["only spaces", "   ", "empty"],
    ["a result link", "v=2&journey=1.AAAA", "not-a-result"],
    ["a later format", token.replace(/^1\./, "3."), "newer-format"],
    ["format 1 with its number changed to 2", token.replace(/^1\./, "2."), "tampered"],
    ["no seal", token.slice(0, token.lastIndexOf(".")), "truncated"],
    ["a seal cut short", token.slice(0, -2), "truncated"],
    ["pasted twice", `${token}${token}`, "extended"],
    ["a character added to the seal", `${token}x`, "extended"],
    ["far too long", `1.${"A".repeat(MAX_TOKEN_LENGTH)}.AAAA`, "too-large"],
  ])("refuses %s with a typed error", (_name, input, kind) => {
    const decoded = decodeInvitation(input);
    expect(decoded).toMatchObject({ ok: false, error: { kind } });
  });

  it("tells a cut token from a changed one, in words a respondent understands", () => {
    const cut = decodeInvitation(token.slice(0, 20));
    const changed = decodeInvitation(token.replace(/\.(.)/, (_m, c: string) => `.${c === "e" ? "f" : "e"}`));
    expect(cut.ok || invitationErrorInEnglish(cut.error)).toMatch(/^This invitation looks cut off/);
    expect(changed.ok || invitationErrorInEnglish(changed.error)).toMatch(
      /^This invitation does not pass its integrity check/,
    );
  });

  it("refuses a sealed token whose content is not an invitation", () => {
    // Sealed properly, but the email is not an address: only a hand-made token can do this.
    const bad = encodeInvitation({ ...invitation, facilitator: { name: "Ana", email: "not an address" } });
    expect(decodeInvitation(bad)).toMatchObject({ ok: false, error: { kind: "not-a-result" } });
    const long = encodeInvitation({ ...invitation, team: "x".repeat(MAX_NAME + 1) });
    // Names are cleaned as labels are, which cuts them to MAX_NAME, so this one still reads.
    expect(decodeInvitation(long)).toMatchObject({ ok: true, value: { team: "x".repeat(MAX_NAME) } });
  });

  it("refuses a hand-made token whose team or facilitator shows as nothing, and drops invisible roles", () => {
    for (const blank of ["\u200B", "\u3164", "\u0301"]) {
      const team = encodeInvitation({ ...invitation, team: blank });
      expect(decodeInvitation(team)).toMatchObject({ ok: false, error: { kind: "not-a-result" } });
      const facilitator = encodeInvitation({ ...invitation, facilitator: { ...invitation.facilitator, name: blank } });
      expect(decodeInvitation(facilitator)).toMatchObject({ ok: false, error: { kind: "not-a-result" } });
    }
    const roles = encodeInvitation({ ...invitation, roles: ["CEO", "\u115F\u1160"] });
    expect(decodeInvitation(roles)).toMatchObject({ ok: true, value: { roles: ["CEO"] } });
  });

  it("cleans names: no line breaks or direction overrides reach the page", () => {
    const messy = encodeInvitation({ ...invitation, team: "North\u202Ewind\nteam", roles: ["CEO", "CEO", " CFO "] });
    expect(decodeInvitation(messy)).toMatchObject({
      ok: true,
      value: { team: "Northwind team", roles: ["CEO", "CFO"] },
    });
  });
});

describe("an invitation made before invitations listed who is invited", () => {
  // Written by encodeInvitation as it was (format 1). Such links are in people's inboxes: they
  // must keep opening as the same invitation.
  const GOLDEN_TOKEN =
    "1.eyJ0IjoiTm9ydGh3aW5kIGxlYWRlcnNoaXAgdGVhbSIsIm4iOiJBbmEgU291emEiLCJlIjoiYW5hLnNvdXphK3dvcmtzaG9wQGV4YW1wbGUub3JnIiwiciI6WyJDaGllZiBleGVjdXRpdmUiLCJIZWFkIG9mIHNhbGVzIl0sImMiOiIyMDI3LTAzLTMxIn0.obZQ";

  it("still opens as the same invitation", () => {
    expect(decodeInvitation(GOLDEN_TOKEN)).toEqual({
      ok: true,
      value: {
        team: "Northwind leadership team",
        facilitator: { name: "Ana Souza", email: "ana.souza+workshop@example.org" },
        roles: ["Chief executive", "Head of sales"],
        closes: "2027-03-31",
      },
    });
  });

  it("is written the same way today when it lists no one", () => {
    const again = decodeInvitation(GOLDEN_TOKEN);
    expect(again.ok && encodeInvitation(again.value)).toBe(GOLDEN_TOKEN);
  });
});

describe("an invitation from a newer version of Outside-In", () => {
  it("names its invitation format and the newest this site reads", () => {
    const decoded = decodeInvitation(token.replace(/^1\./, "5."));
    expect(decoded.ok || invitationErrorInEnglish(decoded.error)).toBe(
      `This invitation was made in invitation format 5, by a newer version of Outside-In than this site runs (it reads up to format ${INVITATION_FORMAT}). Open it on the site that made it.`,
    );
  });
});
