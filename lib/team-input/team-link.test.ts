import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairsOf } from "./extract";
import {
  decodeTeamFragment,
  encodeTeamFragment,
  holdsTeamLink,
  teamFragmentWith,
  teamLinkText,
  teamResultParams,
} from "./team-link";

describe("reading a team link a little at a time", () => {
  const anything = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.webUrl({ withFragments: true }));

  it("decodes each parameter exactly as URLSearchParams does (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anything, fc.constantFrom("&", "=", "&&", "?", "r=", "team=1", "%26", "+"))),
        (parts) => {
          const query = parts.join("");
          expect([...pairsOf(query)]).toEqual([...new URLSearchParams(query)]);
        },
      ),
    );
  });

  it("gives what decodeTeamFragment gives, as lines (property)", () => {
    fc.assert(
      fc.property(fc.array(anything, { maxLength: 5 }), fc.boolean(), (fragments, team) => {
        const hash = team ? `#${encodeTeamFragment(fragments)}` : `#x=1&${encodeTeamFragment(fragments).slice(7)}`;
        const lines = decodeTeamFragment(hash)?.map((f) => `#${f}`);
        expect(teamLinkText(hash)).toEqual(lines ? { ok: true, value: { text: lines.join("\n"), actions: [] } } : null);
      }),
    );
  });
});

describe("a team link with an invitation and actions", () => {
  it("carries both beside the results, and a reader of results alone still finds the results", () => {
    const hash = `#${encodeTeamFragment(["v=2&x=1", "v=2&y=2"], { invite: "2.abc.defg", actions: ["1\na", "1\nb"] })}`;
    expect(hash).toBe("#team=1&i=2.abc.defg&a=1%0Aa&a=1%0Ab&r=v%3D2%26x%3D1&r=v%3D2%26y%3D2");
    expect(decodeTeamFragment(hash)).toEqual(["v=2&x=1", "v=2&y=2"]);
    expect(teamLinkText(hash)).toEqual({
      ok: true,
      value: { text: "#v=2&x=1\n#v=2&y=2", invite: "2.abc.defg", actions: ["1\na", "1\nb"] },
    });
  });
});

describe("a team link from results written once", () => {
  it("is the link URLSearchParams writes of every parameter, whatever the results and extras (property)", () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom("&", "=", "r=1", "%26", "+"));
    fc.assert(
      fc.property(fc.array(text), fc.option(text), fc.array(text), (fragments, invite, actions) => {
        const params = new URLSearchParams({ team: "1" });
        if (invite) params.append("i", invite);
        for (const a of actions) params.append("a", a);
        for (const f of fragments) params.append("r", f);
        const extras = { ...(invite && { invite }), actions };
        expect(teamFragmentWith(teamResultParams(fragments), extras)).toBe(params.toString());
        expect(encodeTeamFragment(fragments, extras)).toBe(params.toString());
      }),
    );
  });
});

describe("telling a team link from any other address", () => {
  it.each([
    ["#team=1&r=x", true],
    ["team=1", true],
    ["#i=1.a.b&team=1&r=x", true],
    ["#team=10&r=x", false],
    ["#v=2&journey=1.AB", false],
    ["", false],
  ])("%j holds one: %s", (hash, holds) => {
    expect(holdsTeamLink(hash)).toBe(holds);
  });
});
