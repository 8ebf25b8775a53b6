import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blundersAt, journeyAt, teamCatalogue, teamLink, teamLinkIn } from "../../test/team-links";
import { teamText } from "../../test/team-text";
import { drain } from "../shared/slices";
import { teamContentFixture } from "../../test/team-content";
import { exportsTransferables, packExports, unpackExports } from "./exports-message";
import { teamExports, type TeamExports } from "./exports";
import { teamViewSteps } from "./read-team";

/** What the page receives: the packed exports through structured clone, their buffers handed over. */
function posted(exports: TeamExports): TeamExports {
  const message = packExports(exports);
  return unpackExports(structuredClone(message, { transfer: exportsTransferables(message) }));
}

/** The exports of a team read from these links. */
function exportsOf(links: readonly string[]): TeamExports {
  const text = links.join("\n");
  const read = drain(
    teamViewSteps({ kind: "text", text, source: "text" }, teamCatalogue, teamContentFixture(), teamText()),
  );
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return teamExports(read.value.team, teamCatalogue, teamText());
}

// A respondent: the journey, the blunders or both (a missing one is a null overall), a label or none, an organisation or none.
const respondent = fc
  .record({
    journey: fc.option(fc.integer({ min: 0, max: 5 })),
    blunders: fc.option(fc.integer({ min: 0, max: 4 })),
    label: fc.option(fc.constantFrom("CEO", "Ana", "Zoë")),
    org: fc.option(fc.constantFrom("Acme", "acme ")),
  })
  .filter((r) => r.journey !== null || r.blunders !== null)
  .map((r) =>
    teamLink(
      {
        ...(r.journey !== null && { journey: journeyAt(r.journey) }),
        ...(r.blunders !== null && { blunders: blundersAt(r.blunders) }),
      },
      { ...(r.label !== null && { label: r.label }), ...(r.org !== null && { org: r.org }) },
    ),
  );

describe("the team exports as the worker posts them", () => {
  it("come back equal to the exports, over generated teams (respondents missing a questionnaire among them)", () => {
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 1, maxLength: 12 }), (links) => {
        const exports = exportsOf(links);
        expect(exports.respondents.length).toBeGreaterThan(0);
        expect(posted(exports)).toEqual(exports);
      }),
      { numRuns: 60 },
    );
  });

  it("come back equal for links in every language, and for no respondents", () => {
    const exports = exportsOf([teamLinkIn("en", 1, "CEO"), teamLinkIn("de", 3, "CFO"), teamLinkIn("es", 5, "COO")]);
    expect(exports.respondents.map((r) => r.language)).toEqual(["en", "de", "es"]);
    expect(posted(exports)).toEqual(exports);
    const none = { ...exports, fragments: [], respondents: [] };
    expect(posted(none)).toEqual(none);
  });

  it("hold no object per respondent: the numbers travel as typed arrays, the fragments as one string", () => {
    const links = Array.from({ length: 300 }, (_, i) => teamLink({ journey: journeyAt(i % 6) }, { label: `L${i}` }));
    const message = packExports(exportsOf(links));
    expect(message.respondents.lines).toBeInstanceOf(Int32Array);
    expect(message.respondents.overall).toBeInstanceOf(Float64Array);
    expect(message.respondents.overall).toHaveLength(300 * message.respondents.width);
    expect(typeof message.fragments).toBe("string");
    expect(message.count).toBe(300);
  });
});
