import { describe, expect, it } from "vitest";
import { decodeFragment } from "../../lib/link/fragment";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { decodeTeamFragment } from "../../lib/team-input/team-link";
import { fixtureFragments, seededRandom, teamFragment } from "./fixture-links";

const current = [stagesFixture(), agreementFixture()];

describe("fixtureFragments", () => {
  it("makes links that decode, each holding every questionnaire and a label", () => {
    const fragments = fixtureFragments(current, current, 20);
    expect(new Set(fragments).size).toBe(20);
    for (const fragment of fragments) {
      const decoded = decodeFragment(fragment, current);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(decoded.value.assessments.map((a) => a.questionnaireId)).toEqual(current.map((q) => q.id));
    }
  });

  it("makes the same links on every run, so runs compare", () => {
    expect(fixtureFragments(current, current, 5)).toEqual(fixtureFragments(current, current, 5));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it("stays within [0, 1)", () => {
    const random = seededRandom(42);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe("teamFragment", () => {
  it("is a team link the team view reads back, result by result", () => {
    const fragments = fixtureFragments(current, current, 3);
    expect(decodeTeamFragment(teamFragment(fragments))).toEqual(fragments);
  });
});
