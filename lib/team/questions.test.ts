import { describe, expect, it } from "vitest";
import { choose, DONT_KNOW, type Answers } from "../questionnaire/answers";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "../../test/team-links";
import { aggregateTeam } from "../team-input/aggregate";
import { mostDisputed } from "./questions";

/** Journey answers at option 2 everywhere, with some questions overridden. */
const journeyWith = (overrides: Answers): Answers => ({ ...journeyAt(2), ...overrides });

describe("questionSpreads and mostDisputed", () => {
  const links = [
    // a-1: options at stages 1..6. Answers 1, 1, 6, 6 → a clear split. c-1: 3, 3, 3, 4. b-1: one "Don't know".
    teamLink({ journey: journeyWith({ "a-1": choose(0), "b-1": DONT_KNOW }), blunders: blundersAt(0) }),
    teamLink({ journey: journeyWith({ "a-1": choose(0) }), blunders: blundersAt(4) }),
    teamLink({ journey: journeyWith({ "a-1": choose(5) }), blunders: blundersAt(0) }),
    teamLink({ journey: journeyWith({ "a-1": choose(5), "c-1": choose(3) }), blunders: blundersAt(4) }),
  ];
  const team = aggregateTeam(links.join("\n"), teamCatalogue);
  const byId = new Map(team.questions.map((q) => [q.id, q]));

  it("counts the answers per option, with Don't know apart", () => {
    expect(byId.get("a-1")?.options.map((o) => o.count)).toEqual([2, 0, 0, 0, 0, 2]);
    expect(byId.get("b-1")).toMatchObject({ dontKnow: 1, answered: 3 });
  });

  it("measures the middle half as a share of the scale", () => {
    // a-1: [1, 1, 6, 6]: h = 0.75 → q1 = 1; h = 2.25 → q3 = 6; iqr 5 of a 5-stage width = 1.
    expect(byId.get("a-1")?.spread).toBe(1);
    // c-1: [3, 3, 3, 4]: q1 = 3, q3 = 3 + 0.25 × 1 = 3.25 → 0.25 / 5 = 0.05.
    expect(byId.get("c-1")?.spread).toBeCloseTo(0.05, 10);
    // x-1 (blunder-keyed): strongly disagree → 100, strongly agree → 0: [0, 0, 100, 100] → iqr 100 of 100 = 1.
    expect(byId.get("x-1")?.spread).toBe(1);
  });

  it("ranks the widest splits first and leaves out questions where the middle half agrees", () => {
    const top = mostDisputed(team.questions);
    expect(top.map((q) => q.id).slice(0, 5)).toEqual(["a-1", "x-1", "x-2", "y-1", "y-2"]);
    expect(mostDisputed(team.questions, 10).map((q) => q.id)).not.toContain("b-2");
  });
});
