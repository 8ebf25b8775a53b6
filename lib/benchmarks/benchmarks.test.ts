import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { teamText } from "../../test/team-text";
import { loadBenchmarks } from "../content/assessments/load-benchmarks";
import { aggregateTeam } from "../team-input/aggregate";
import { binOf } from "./bins";
import { compareWithBenchmark } from "./compare";
import { benchmarkFromTeam } from "./export";
import { percentile } from "./percentile";
import { BenchmarkSchema } from "./schema";
import { unusedGroups } from "./unused";

const links = Array.from({ length: 10 }, (_, i) =>
  teamLink(
    { journey: journeyAt(i % 6), blunders: blundersAt(i % 5) },
    { label: `Secret role ${i}`, org: "Secret Ltd" },
  ),
);
const team = aggregateTeam(links.join("\n"), teamCatalogue);
const exported = benchmarkFromTeam(team.leaders, "Retail banks", teamCatalogue, teamText());
if (!exported.ok) throw new Error("ten leaders make a benchmark");
const benchmark = exported.benchmark;

describe("benchmarkFromTeam", () => {
  it("counts leaders per bin and area, per questionnaire version, and is a valid benchmark", () => {
    expect(BenchmarkSchema.parse(benchmark)).toEqual(benchmark);
    expect(benchmark).toMatchObject({ respondents: 10, teams: 1 });
    const journey = benchmark.questionnaires.find((q) => q.questionnaireId === "mini");
    expect(journey?.respondents).toBe(10);
    // Area c at options 0..5 → stages 1..6, for leaders 0–5 and again 0–3: ten scores in all.
    expect(journey?.areas.find((a) => a.id === "c")?.counts.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it("holds no labels, organisations or answers", () => {
    const text = JSON.stringify(benchmark);
    expect(text).not.toMatch(/Secret|answers|label|org/);
  });
});

describe("percentile", () => {
  it.each([
    // Stages: bins of 0.25 from 1. Ten leaders: four in bin 0 (stage 1), four in bin 8 (stage 3), two in bin 19.
    // Stage 3 → bin 8: below 4, in the bin 4 → (4 + 4 / 2) / 10 = 60.
    [3, 60],
    // Stage 1 → bin 0: (0 + 2) / 10 = 20. Stage 6 → bin 19: (8 + 1) / 10 = 90.
    [1, 20],
    [6, 90],
  ])("places stage %d at %d", (value, expected) => {
    const counts = Array.from({ length: 20 }, () => 0);
    counts[0] = 4;
    counts[8] = 4;
    counts[19] = 2;
    expect(binOf("stages", 3)).toBe(8);
    expect(percentile({ id: "c", counts }, "stages", value)).toBe(expected);
  });
});

describe("loadBenchmarks", () => {
  const rootWith = (files: Record<string, unknown>) => {
    const root = mkdtempSync(join(tmpdir(), "benchmarks-"));
    mkdirSync(join(root, "benchmarks"));
    for (const [name, data] of Object.entries(files))
      writeFileSync(join(root, "benchmarks", name), JSON.stringify(data));
    return root;
  };

  it("ships none by default", () => {
    expect(loadBenchmarks()).toEqual([]);
  });

  it("loads a valid file", () => {
    expect(loadBenchmarks(rootWith({ "banks.json": benchmark }))).toEqual([benchmark]);
  });

  it("refuses a file under 10 respondents, naming the file and the field", () => {
    const small = { ...benchmark, respondents: 9 };
    expect(() => loadBenchmarks(rootWith({ "small.json": small }))).toThrow(
      /small\.json: respondents: a benchmark needs at least 10 respondents, so no one in it can be recognised$/,
    );
  });
});

// Checked on a file's total only, the minimum let a benchmark describe a group of one or two leaders.
describe("the minimum, per group and not per file", () => {
  const root = (data: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), "benchmarks-"));
    mkdirSync(join(dir, "benchmarks"));
    writeFileSync(join(dir, "benchmarks", "small-group.json"), JSON.stringify(data));
    return dir;
  };
  const journey = benchmark.questionnaires.find((q) => q.questionnaireId === "mini")!;
  const blunders = benchmark.questionnaires.find((q) => q.questionnaireId === "mini-blunders")!;

  it("fails the build when one questionnaire version holds fewer than 10, naming the file and the group", () => {
    const small = { ...benchmark, questionnaires: [journey, { ...blunders, respondents: 2 }] };
    expect(() => loadBenchmarks(root(small))).toThrow(
      /small-group\.json: questionnaires\[1\]\.respondents: mini-blunders version 1 holds 2 leaders; every group in a benchmark needs at least 10/,
    );
  });

  it("fails the build when one area's distribution describes fewer than 10", () => {
    const counts = Array.from({ length: 20 }, (_, i) => (i === 3 ? 1 : i === 9 ? 1 : 0));
    const areas = journey.areas.map((a, i) => (i === 0 ? { ...a, counts } : a));
    const small = { ...benchmark, questionnaires: [{ ...journey, areas }, blunders] };
    expect(() => loadBenchmarks(root(small))).toThrow(
      /small-group\.json: questionnaires\[0\]\.areas\[0\]\.counts: area "a" of mini version 1 describes 2 leaders; every group in a benchmark needs at least 10/,
    );
  });

  it("is kept by the export: a group under the minimum is left out, and said to be", () => {
    // Ten leaders, but only four took the blunders check and one answered area c.
    const mixed = Array.from({ length: 10 }, (_, i) =>
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
    );
    const file = benchmarkFromTeam(
      aggregateTeam(mixed.join("\n"), teamCatalogue).leaders,
      "Mixed",
      teamCatalogue,
      teamText(),
    );
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(BenchmarkSchema.safeParse(file.benchmark).success).toBe(true);
    expect(file.benchmark.questionnaires.map((q) => q.questionnaireId)).toEqual(["mini"]);
    expect(file.benchmark.questionnaires[0]?.areas.map((a) => a.id)).toEqual(["a", "b"]);
    expect(file.leftOut).toEqual([
      "Area C of Mini journey version 1 (1 leader)",
      "Mini blunders version 1 (4 leaders)",
    ]);
  });

  it("gives no file at all when no group reaches the minimum", () => {
    const apart = [
      ...Array.from({ length: 5 }, (_, i) => teamLink({ journey: journeyAt(i) }, { label: `J ${i}` })),
      ...Array.from({ length: 5 }, (_, i) => teamLink({ blunders: blundersAt(i) }, { label: `B ${i}` })),
    ];
    const file = benchmarkFromTeam(
      aggregateTeam(apart.join("\n"), teamCatalogue).leaders,
      "Apart",
      teamCatalogue,
      teamText(),
    );
    expect(file).toEqual({
      ok: false,
      reason:
        "A benchmark needs at least 10 leaders in every questionnaire version and area it describes, so no one in it can be recognised; in this team no group has that many.",
    });
  });
});

describe("a benchmark's name", () => {
  it.each(["\u200B\u200B", "\u3164", "\u0301"])("%j fails the build, naming the file and field", (name) => {
    const root = mkdtempSync(join(tmpdir(), "benchmarks-"));
    mkdirSync(join(root, "benchmarks"));
    writeFileSync(join(root, "benchmarks", "blank.json"), JSON.stringify({ ...benchmark, name }));
    expect(() => loadBenchmarks(root)).toThrow(/blank\.json: name: .*visible/);
  });

  it("is never exported blank: an invisible name becomes the default", () => {
    const file = benchmarkFromTeam(team.leaders, "\u200B\u3164", teamCatalogue, teamText());
    expect(file.ok && file.benchmark.name).toBe("my clients");
  });
});

describe("compareWithBenchmark", () => {
  it("gives a percentile per area of the versions the benchmark holds, and nothing otherwise", () => {
    const [leader] = team.leaders;
    const scored = leader?.assessments ?? [];
    const compared = compareWithBenchmark(benchmark, scored);
    expect(compared).toMatchObject({ name: "Retail banks", leaders: 10 });
    // Leader 0 answered option 0 everywhere: area c at stage 1, bin 0, which holds leaders 0 and 6.
    // Nobody is below; half of the bin's two: (0 + 2 / 2) / 10 = 10th percentile.
    expect(compared?.rows.find((r) => r.area === "c")?.percentile).toBe(10);
    const otherVersion = scored.map((a) => ({ ...a, version: 2 }));
    expect(compareWithBenchmark(benchmark, otherVersion)).toBeNull();
  });
});

describe("a benchmark file as a consultant's own build reads it", () => {
  const rootWith = (name: string, text: string) => {
    const root = mkdtempSync(join(tmpdir(), "benchmarks-"));
    mkdirSync(join(root, "benchmarks"));
    writeFileSync(join(root, "benchmarks", name), text);
    return root;
  };

  it("loads when saved with a UTF-8 byte order mark", () => {
    expect(loadBenchmarks(rootWith("bom.json", `\uFEFF${JSON.stringify(benchmark)}`))).toEqual([benchmark]);
  });

  it("names the groups no result of this site can be compared with", () => {
    const journey = benchmark.questionnaires.find((q) => q.questionnaireId === "mini")!;
    const file = {
      ...benchmark,
      questionnaires: [
        ...benchmark.questionnaires,
        { ...journey, version: 9 },
        { ...journey, questionnaireId: "retired" },
        { ...journey, areas: [...journey.areas, { id: "zz", counts: journey.areas[0]!.counts }] },
      ],
    };
    expect(unusedGroups(file, teamCatalogue)).toEqual([
      "questionnaires[2] (mini version 9): this site has no version 9 of Mini journey, so no result is compared with it.",
      'questionnaires[3] (retired version 1): this site has no questionnaire "retired", so no result is compared with it.',
      'questionnaires[4].areas[3] (area "zz" of mini version 1): Mini journey version 1 has no such area, so it is never shown.',
    ]);
    expect(unusedGroups(benchmark, teamCatalogue)).toEqual([]);
  });

  it("says so while the site builds, naming the file", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const file = {
        ...benchmark,
        questionnaires: [...benchmark.questionnaires, { ...benchmark.questionnaires[0]!, version: 9 }],
      };
      loadBenchmarks(rootWith("old.json", JSON.stringify(file)), teamCatalogue);
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/old\.json: questionnaires\[2\] \(mini version 9\): this site has no version 9/),
      );
    } finally {
      warn.mockRestore();
    }
  });
});
