import { describe, expect, it } from "vitest";
import { citationProblems, citedBy, creditNames, resolveSources, type Citer } from "./citations";
import type { Bibliography } from "./schema";

const bibliography: Bibliography = {
  sources: [
    {
      id: "levesque",
      author: "Paul Levesque",
      title: "Customer Service From The Inside Out Made Easy",
      kind: "book",
      year: "n.d.",
    },
    {
      id: "wcr",
      author: "Shubhadeep B.",
      title: "Internal Customer Centricity",
      kind: "blog-post",
      publication: "When Customers Rule (whencustomersrule.blogspot.com)",
      year: 2008,
    },
    {
      id: "bw",
      organisation: "BusinessWeek",
      title: "The 2008 Winners",
      kind: "article",
      publication: "BusinessWeek",
      year: 2008,
    },
  ],
};

const article = (ids: string[]): Citer => ({ file: "content/articles/a.mdx", field: "sources", ids, label: "A" });
const step = (ids: string[], why: string): Citer => ({
  file: "content/recommendations/journey-steps.yaml",
  field: "steps[4].sources",
  ids,
  credit: { field: "steps[4].why", text: why },
  label: "Step",
});

describe("creditNames", () => {
  it("names a source by surname, full name, organisation, or publication without its address", () => {
    expect(creditNames(bibliography.sources[0]!)).toEqual(["Levesque", "Paul Levesque"]);
    expect(creditNames(bibliography.sources[1]!)).toEqual(["Shubhadeep B.", "When Customers Rule"]);
    expect(creditNames(bibliography.sources[2]!)).toEqual(["BusinessWeek"]);
  });
});

describe("citationProblems", () => {
  it("accepts citations that resolve, are named in the why, and use every source", () => {
    const citers = [
      article(["levesque", "bw"]),
      step(["wcr"], "As quoted on When Customers Rule, Rosenberger (1998)…"),
    ];
    expect(citationProblems(bibliography, "content/sources.yaml", citers)).toEqual([]);
  });

  it("names the file and field of an unknown id, an uncredited or missing citation, and an unused source", () => {
    const citers = [
      article(["levesque", "levesqe"]),
      step(["wcr"], "Paul Levesque argues that staff are blocked by policy."),
    ];
    expect(citationProblems(bibliography, "content/sources.yaml", citers)).toMatchInlineSnapshot(`
      [
        {
          "file": "content/articles/a.mdx",
          "problems": [
            "sources[1]: no source "levesqe" in content/sources.yaml; add it there or fix the id",
          ],
        },
        {
          "file": "content/recommendations/journey-steps.yaml",
          "problems": [
            "steps[4].why: cites "wcr" but does not name it; say whose idea it is (Shubhadeep B. or When Customers Rule)",
            "steps[4].why: names Levesque but cites none of their work; add it to steps[4].sources",
          ],
        },
        {
          "file": "content/sources.yaml",
          "problems": [
            "sources[2] (bw): no article, recommendation or plan step cites it; cite it or remove it",
          ],
        },
      ]
    `);
  });

  it("counts a name only as a whole word", () => {
    // "Levesques" is not "Levesque", and a name inside another word does not count.
    const problems = citationProblems(bibliography, "content/sources.yaml", [
      article(["wcr", "bw"]),
      step(["levesque"], "The Levesques-style approach."),
    ]);
    expect(problems.flatMap((p) => p.problems)).toEqual([
      'steps[4].why: cites "levesque" but does not name it; say whose idea it is (Levesque or Paul Levesque)',
    ]);
  });
});

describe("resolveSources and citedBy", () => {
  it("returns sources in the citer's order, and each source with what cites it", () => {
    expect(resolveSources(["bw", "levesque"], bibliography).map((s) => s.id)).toEqual(["bw", "levesque"]);
    const a = article(["levesque"]);
    expect(citedBy(bibliography, [a]).map((e) => [e.source.id, e.citers.length])).toEqual([
      ["levesque", 1],
      ["wcr", 0],
      ["bw", 0],
    ]);
  });
});
