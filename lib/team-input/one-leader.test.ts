import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchmarkFromTeam } from "../benchmarks/export";
import { encodeFragment } from "../link/fragment";
import { withPrevious } from "../link/previous";
import type { SharedResult } from "../link/result-schema";
import { blundersAt, journeyAt, teamCatalogue } from "../../test/team-links";
import { teamText } from "../../test/team-text";
import { aggregateTeam } from "./aggregate";
import { reasonInEnglish } from "./english-reasons";

// One leader is one leader. The same answers and date are one leader,
// whatever targets ride along, and whether or not one of the links carries the date or the
// role; links whose roles differ only in how they were typed pair up.

const base: SharedResult = {
  assessments: [{ questionnaireId: "mini", version: 1, answers: journeyAt(2) }],
  label: "Chief executive",
  date: "2026-11-22",
};
const link = (r: SharedResult) => `https://x.org/results/#${encodeFragment(r, teamCatalogue)}`;
const read = (...results: SharedResult[]) => aggregateTeam(results.map(link).join("\n"), teamCatalogue);
const reasons = (team: ReturnType<typeof read>) => team.problems.map((p) => [p.line, reasonInEnglish(p)]);

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

  it("counts the dated result when it follows the same result without a date, and notes the undated line", () => {
    const team = read({ ...base, date: undefined }, base);
    expect(team.leaders).toHaveLength(1);
    expect(reasons(team)).toEqual([[1, "Same answers as line 2, with no date: counted once, as line 2 gives it."]]);
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

describe("a retake and the result it retook", () => {
  // The retake's link carries the earlier result (lib/link/previous.ts): both are one leader.
  const first: SharedResult = { ...base, date: "2025-11-22" };
  const retake = withPrevious({ ...base, assessments: [{ ...base.assessments[0]!, answers: journeyAt(4) }] }, first);
  const again = withPrevious(
    { ...base, date: "2027-11-22", assessments: [{ ...base.assessments[0]!, answers: journeyAt(5) }] },
    retake,
  );
  const retook = (later: number) =>
    `Earlier result of the same leader, which line ${later} retook: counted once, as line ${later} gives it.`;

  it("are one leader, counted as the retake gives it, in either order", () => {
    const forward = read(first, retake);
    expect(forward.leaders).toHaveLength(1);
    expect(forward.respondents.map((r) => r.result)).toEqual([retake]);
    expect(reasons(forward)).toEqual([[1, retook(2)]]);
    const backward = read(retake, first);
    expect(backward.respondents.map((r) => r.result)).toEqual([retake]);
    expect(reasons(backward)).toEqual([[2, retook(1)]]);
  });

  it("are one leader over a chain of retakes, in any order", () => {
    const three = [first, retake, again];
    const orders = three.flatMap((a) =>
      three.flatMap((b) => three.filter((c) => c !== a && c !== b && a !== b).map((c) => [a, b, c])),
    );
    expect(orders).toHaveLength(6);
    for (const order of orders) {
      const team = read(...order);
      expect(team.leaders).toHaveLength(1);
      expect(team.respondents.map((r) => r.result)).toEqual([again]);
    }
  });

  it("never make a benchmark of ten from nine people", () => {
    const others = Array.from({ length: 8 }, (_, i): SharedResult => ({
      assessments: [{ questionnaireId: "mini", version: 1, answers: journeyAt(i % 6) }],
      label: `Role ${i}`,
    }));
    const team = read(first, retake, ...others);
    expect(team.leaders).toHaveLength(9);
    expect(benchmarkFromTeam(team.leaders, "Nine people", teamCatalogue, teamText()).ok).toBe(false);
  });
});

describe("copies with and without a date", () => {
  it("count the same whatever order they are pasted in (property)", () => {
    const undated: SharedResult = { ...base, date: undefined };
    const copies = [
      undated,
      base,
      { ...base, date: "2027-01-15" },
      { ...base, label: "CHIEF EXECUTIVE", date: undefined },
    ];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(copies, { minLength: 1 }),
        fc.shuffledSubarray(copies, { minLength: 1 }),
        (a, b) => {
          const counted = (results: SharedResult[]) =>
            read(...results)
              .respondents.map((r) => r.result.date ?? "none")
              .sort();
          // The same copies, in another order, count the same.
          const sameCopies = [...b].sort((x, y) => copies.indexOf(x) - copies.indexOf(y));
          const sameSet = [...a].sort((x, y) => copies.indexOf(x) - copies.indexOf(y));
          if (JSON.stringify(sameCopies) === JSON.stringify(sameSet)) expect(counted(a)).toEqual(counted(b));
        },
      ),
      { numRuns: import.meta.env.MODE === "fuzz" ? 10_000 : 300 },
    );
  });

  it("keep the dated copy, whichever came first", () => {
    for (const order of [
      [{ ...base, date: undefined }, base],
      [base, { ...base, date: undefined }],
    ]) {
      const team = read(...order);
      expect(team.respondents.map((r) => r.result)).toEqual([base]);
    }
  });
});

describe("names with invisible format characters inside", () => {
  it.each([
    ["a variation selector", "CE\uFE0FO"],
    ["a combining grapheme joiner", "CE\u034FO"],
    ["a Mongolian free variation selector", "CE\u180BO"],
    ["a tag character", "CEO\u{E0041}"],
    ["a supplementary variation selector", "C\u{E0100}EO"],
  ])("pair a leader's two links when one name holds %s", (_what, typed) => {
    const journeyOnly: SharedResult = { assessments: [base.assessments[0]!], label: "CEO" };
    const blundersOnly: SharedResult = {
      assessments: [{ questionnaireId: "mini-blunders", version: 1, answers: blundersAt(2) }],
      label: typed,
    };
    const team = read(journeyOnly, blundersOnly);
    expect(team.leaders).toHaveLength(1);
  });
});
