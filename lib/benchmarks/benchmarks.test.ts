import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { loadBenchmarks } from "../content/load-benchmarks";
import { aggregateTeam } from "../team-input/aggregate";
import { binOf } from "./bins";
import { compareWithBenchmark } from "./compare";
import { benchmarkFromTeam } from "./export";
import { percentile } from "./percentile";
import { BenchmarkSchema } from "./schema";

const links = Array.from({ length: 10 }, (_, i) =>
  teamLink(
    { journey: journeyAt(i % 6), blunders: blundersAt(i % 5) },
    { label: `Secret role ${i}`, org: "Secret Ltd" },
  ),
);
const team = aggregateTeam(links.join("\n"), teamCatalogue);
const benchmark = benchmarkFromTeam(team.leaders, "Retail banks");

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
