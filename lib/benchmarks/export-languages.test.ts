import { describe, expect, it } from "vitest";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { teamText } from "../../test/team-text";
import { aggregateTeam } from "../team-input/aggregate";
import { benchmarkFromTeam } from "./export";

const leadersOf = (links: string[]) => aggregateTeam(links.join("\n"), teamCatalogue).leaders;

// Ten journeys, one without area C, and four blunders checks: area C and the blunders are left out.
const mixed = leadersOf(
  Array.from({ length: 10 }, (_, i) =>
    teamLink(
      {
        journey:
          i === 0
            ? journeyAt(2)
            : Object.fromEntries(Object.entries(journeyAt(i % 6)).filter(([id]) => !id.startsWith("c"))),
        ...(i < 4 && { blunders: blundersAt(i % 5) }),
      },
      { label: `Role ${i}` },
    ),
  ),
);
// Five and five: no group reaches ten.
const apart = leadersOf([
  ...Array.from({ length: 5 }, (_, i) => teamLink({ journey: journeyAt(i) }, { label: `J ${i}` })),
  ...Array.from({ length: 5 }, (_, i) => teamLink({ blunders: blundersAt(i) }, { label: `B ${i}` })),
]);

const SAID = {
  de: {
    leftOut: ["Area C in Mini journey, Version 1 (1 Führungskraft)", "Mini blunders, Version 1 (4 Führungskräfte)"],
    reason: "Ein Vergleichswert braucht mindestens 10 Führungskräfte",
    name: "meine Kunden",
  },
  fr: {
    leftOut: ["Area C dans Mini journey, version 1 (1 dirigeant)", "Mini blunders, version 1 (4 dirigeants)"],
    reason: "Un référentiel demande au moins 10 dirigeants",
    name: "mes clients",
  },
  es: {
    leftOut: ["Area C en Mini journey, versión 1 (1 directivo)", "Mini blunders, versión 1 (4 directivos)"],
    reason: "Una referencia necesita al menos 10 directivos",
    name: "mis clientes",
  },
} as const;

// The test catalogue's titles and area names are English content: only the words around them translate.
describe("what a benchmark leaves out, in the team page's language", () => {
  it.each(["de", "fr", "es"] as const)("in %s", (locale) => {
    const said = SAID[locale];
    const file = benchmarkFromTeam(mixed, "", teamCatalogue, teamText(locale));
    if (!file.ok) throw new Error("expected a file");
    expect(file.leftOut).toEqual(said.leftOut);
    expect(file.benchmark.name).toBe(said.name);
    const none = benchmarkFromTeam(apart, "", teamCatalogue, teamText(locale));
    if (none.ok) throw new Error("expected no file");
    expect(none.reason).toContain(said.reason);
    for (const english of ["A benchmark needs", "leaders in every", " of Mini", "(1 leader)", "my clients"])
      expect([...file.leftOut, none.reason, file.benchmark.name].join(" ")).not.toContain(english);
  });
});
