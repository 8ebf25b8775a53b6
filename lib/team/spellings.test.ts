import { describe, expect, it } from "vitest";
import { journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { aggregateTeam } from "../team-input/aggregate";
import { teamExports } from "../workshop/exports";
import { leaderName } from "./leaders";
import { commonSpelling } from "./spellings";
import { teamText } from "../../test/team-text";

describe("one spelling per name", () => {
  it("is the most common way it was typed, ties going to the first seen", () => {
    const spell = commonSpelling([
      "northwind utilities",
      "Northwind Utilities",
      "NORTHWIND UTILITIES",
      "Northwind Utilities",
    ]);
    expect(spell("northwind  utilities")).toBe("Northwind Utilities");
    const tie = commonSpelling(["acme", "ACME", undefined, "Acme Ltd"]);
    expect(tie("Acme")).toBe("acme");
    expect(tie("acme ltd")).toBe("Acme Ltd");
    // A name never seen is shown as it was given.
    expect(tie("Globex")).toBe("Globex");
  });

  it("shows an organisation typed in two cases in one form wherever the team view lists it", () => {
    const links = [
      teamLink({ journey: journeyAt(1) }, { label: "CEO", org: "Northwind Utilities" }),
      teamLink({ journey: journeyAt(2) }, { label: "CFO", org: "northwind utilities" }),
      teamLink({ journey: journeyAt(3) }, { label: "COO", org: "Northwind Utilities" }),
    ];
    const team = aggregateTeam(links.join("\n"), teamCatalogue);
    expect(team.leaders.map(leaderName)).toEqual([
      "CEO · Northwind Utilities",
      "CFO · Northwind Utilities",
      "COO · Northwind Utilities",
    ]);
    const exported = teamExports(team, teamCatalogue, teamText());
    expect(exported.respondents.map((r) => r.org)).toEqual(Array(3).fill("Northwind Utilities"));
    expect(exported.csv).not.toContain("northwind utilities");
  });
});
