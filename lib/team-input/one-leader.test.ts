import { describe, expect, it } from "vitest";
import { encodeFragment } from "../link/fragment";
import type { SharedResult } from "../link/result-schema";
import { blundersAt, journeyAt, teamCatalogue } from "../../test/team-links";
import { aggregateTeam } from "./aggregate";

// Issue 24, class 4: one leader is one leader. The same answers and date are one leader,
// whatever targets ride along, and whether or not one of the links carries the date or the
// role; links whose roles differ only in how they were typed pair up.

const base: SharedResult = {
  assessments: [{ questionnaireId: "mini", version: 1, answers: journeyAt(2) }],
  label: "Chief executive",
  date: "2026-11-22",
};
const link = (r: SharedResult) => `https://x.org/results/#${encodeFragment(r, teamCatalogue)}`;
const read = (...results: SharedResult[]) => aggregateTeam(results.map(link).join("\n"), teamCatalogue);
const reasons = (team: ReturnType<typeof read>) => team.problems.map((p) => [p.line, p.reason]);

describe("one leader counted once", () => {
  it.each([
    [
      "with targets added",
      { ...base, targets: { a: 5, b: 4 } },
      "Same answers as line 1, with other targets: counted once, as line 1 gives it.",
    ],
    [
      "without its date",
      { ...base, date: undefined },
      "Same answers as line 1, with no date: counted once, as line 1 gives it.",
    ],
    [
      "with its role typed otherwise",
      { ...base, label: "CHIEF EXECUTIVE" },
      "Same answers as line 1, with its names typed otherwise: counted once, as line 1 gives it.",
    ],
    [
      "with targets and without its date",
      { ...base, date: undefined, targets: { c: 6 } },
      "Same answers as line 1, with no date and other targets: counted once, as line 1 gives it.",
    ],
  ])("the same result %s", (_how, other, reason) => {
    const team = read(base, other);
    expect(team.leaders).toHaveLength(1);
    expect(reasons(team)).toEqual([[2, reason]]);
    // Whichever came first is the one kept: here the dated, named one.
    expect(team.respondents.map((r) => r.result)).toEqual([base]);
  });

  it("notes a dated result that follows the same result without a date", () => {
    const team = read({ ...base, date: undefined }, base);
    expect(team.leaders).toHaveLength(1);
    expect(reasons(team)).toEqual([
      [2, "Same answers as line 1, with a date line 1 lacks: counted once, as line 1 gives it."],
    ]);
  });

  it("keeps two results apart when their dates or roles differ: a retake, or two people", () => {
    expect(read(base, { ...base, date: "2027-11-22" }).leaders).toHaveLength(2);
    expect(read(base, { ...base, label: "Chief financial officer" }).leaders).toHaveLength(2);
    expect(read(base, { ...base, label: undefined }).leaders).toHaveLength(2);
    expect(
      read(base, { ...base, assessments: [{ ...base.assessments[0]!, answers: journeyAt(3) }] }).leaders,
    ).toHaveLength(2);
  });

  it("still says an exact copy is the same result", () => {
    expect(reasons(read(base, base))).toEqual([[2, "Same result as line 1: counted once."]]);
  });
});

describe("one person's journey and blunders links paired", () => {
  const journey = (label: string, org?: string): SharedResult => ({
    assessments: [{ questionnaireId: "mini", version: 1, answers: journeyAt(1) }],
    label,
    ...(org && { org }),
  });
  const blunders = (label: string, org?: string): SharedResult => ({
    assessments: [{ questionnaireId: "mini-blunders", version: 1, answers: blundersAt(3) }],
    label,
    ...(org && { org }),
  });
  it.each([
    ["composed and decomposed accents", "Directrice générale", "Directrice ge\u0301ne\u0301rale"],
    ["case", "Directrice Générale", "DIRECTRICE GÉNÉRALE"],
    ["full-width letters", "CEO", "ＣＥＯ"],
    ["ß and SS", "Leiterin Außendienst", "LEITERIN AUSSENDIENST"],
    ["a zero-width space", "Chief executive", "Chief\u200B executive"],
  ])("when their roles differ only in %s", (_how, a, b) => {
    const team = read(journey(a, "Nordvind"), blunders(b, "NORDVIND"));
    expect(team.leaders).toHaveLength(1);
    expect(team.leaders[0]?.assessments.map((x) => x.questionnaireId)).toEqual(["mini", "mini-blunders"]);
    expect(team.unpaired).toEqual([]);
  });
});
