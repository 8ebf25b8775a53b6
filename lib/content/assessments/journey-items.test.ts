import { describe, expect, it } from "vitest";
import { journeyOf, latestVersions } from "../../questionnaire/catalogue";
import { optionLabels } from "../../questionnaire/answers";
import { loadCatalogue } from "./load-questionnaires";

/**
 * Who manages customer groups is the structure area's question. When another area's options
 * name those roles, an organisation advanced in that area but early in its structure cannot
 * find its answer, and the area borrows the structure's stage (readers of journey version 1
 * found "People and culture" 2.5 stages too low that way).
 */
const STRUCTURAL_ROLES = [
  /customer[- ]groups? (manager|team|lead|owner|head)/i,
  /(manager|owner|head|coordinator|lead)s? (for|of) (the |that |each |a |one |every )?(\w+ )?customer[- ]groups?/i,
  /responsible for (the |that |each |a |one |every )?(\w+ )?customer[- ]groups?/i,
  /customer management/i,
  /report(s|ing)? (lines?|to both)/i,
  /product units?/i,
  /segment managers?/i,
];

const current = journeyOf(latestVersions(loadCatalogue()));

describe("journey items", () => {
  it("finds the structural roles in the structure area, so the check below can see them", () => {
    if (current?.kind !== "stages") throw new Error("the journey must be a stages questionnaire");
    const structure = current.questions.filter((q) => q.dimension === "structure");
    const named = structure
      .flatMap((q) => optionLabels(current, q))
      .filter((l) => STRUCTURAL_ROLES.some((r) => r.test(l)));
    expect(named.length).toBeGreaterThanOrEqual(4);
  });

  it("names no structural role in an option outside the structure area", () => {
    if (current?.kind !== "stages") throw new Error("the journey must be a stages questionnaire");
    const offending = current.questions
      .filter((q) => q.dimension !== "structure")
      .flatMap((q) => optionLabels(current, q).map((label) => `${q.id}: ${label}`))
      .filter((line) => STRUCTURAL_ROLES.some((r) => r.test(line)));
    expect(offending).toEqual([]);
  });
});
