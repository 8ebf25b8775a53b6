import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairsOf } from "./extract";
import { decodeTeamFragment, encodeTeamFragment, teamLinkText } from "./team-link";

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
        expect(teamLinkText(hash)).toEqual(lines ? { ok: true, value: lines.join("\n") } : null);
      }),
    );
  });
});
