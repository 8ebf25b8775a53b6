import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../test/parse-csv";
import type { PlanStep } from "./plan";
import { planToCsv } from "./plan-csv";

const plan: PlanStep[] = [
  {
    kind: "journey",
    dimensionId: "people",
    area: "People and culture",
    from: 2,
    to: 3,
    fromName: "Goodwill between colleagues",
    toName: "Team agreements",
    title: "Ask the front line",
    step: "Hold a monthly hour, with notes.",
    why: "Paul Levesque says so.",
    articles: ["internal-customers"],
    sources: ["levesque-inside-out"],
  },
  {
    kind: "blunder",
    dimensionId: "price",
    area: "Competing on price",
    band: "high",
    score: 25,
    healthy: 70,
    title: "Sell the experience",
    step: "Compete on value.",
    why: "Because;=cheap is a race.",
    articles: [],
    sources: [],
  },
];

describe("planToCsv", () => {
  const csv = planToCsv(
    plan,
    (slug) => ({ title: `Title of ${slug}`, url: `https://example.org/articles/${slug}/` }),
    (id) => `Credit for ${id}`,
    EN,
  );

  it("reads back as one row per step, with the columns a task tool wants", () => {
    expect(parseCsv(csv)).toEqual([
      ["area", "from", "to", "step", "why", "sources", "articles"],
      [
        "People and culture",
        "Stage 2 of 6: Goodwill between colleagues",
        "Stage 3 of 6: Team agreements",
        "Ask the front line: Hold a monthly hour, with notes.",
        "Paul Levesque says so.",
        "Credit for levesque-inside-out",
        "Title of internal-customers (https://example.org/articles/internal-customers/)",
      ],
      [
        "Competing on price",
        "25 / 100 (High risk)",
        "70 / 100 (Healthy)",
        "Sell the experience: Compete on value.",
        "Because;'=cheap is a race.",
        "",
        "",
      ],
    ]);
  });
});
