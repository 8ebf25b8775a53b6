import { describe, expect, it } from "vitest";
import { decodeFragment } from "../../lib/link/fragment";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { decodeTeamFragment } from "../../lib/team-input/team-link";
import { unpackNotes } from "../../lib/link/notes";
import { fixtureFragments, teamFragment, withNotes } from "./fixture-links";

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
    expect(fixtureFragments(current, current, 5, 7)).not.toEqual(fixtureFragments(current, current, 5));
  });

  it("answers mostly with options, as real leaders do", () => {
    const answers = fixtureFragments(current, current, 200).flatMap((fragment) => {
      const decoded = decodeFragment(fragment, current);
      return decoded.ok ? decoded.value.assessments.flatMap((a) => Object.values(a.answers)) : [];
    });
    const questions = 200 * current.reduce((n, q) => n + q.questions.length, 0);
    const options = answers.filter((a) => a.kind === "option").length;
    // 85 in 100 are options, 5 skipped: well over half, and fewer answers than questions.
    expect(options / questions).toBeGreaterThan(0.7);
    expect(answers.length).toBeLessThan(questions);
  });
});

describe("teamFragment", () => {
  it("is a team link the team view reads back, result by result", () => {
    const fragments = fixtureFragments(current, current, 3);
    expect(decodeTeamFragment(teamFragment(fragments))).toEqual(fragments);
  });

  it("gives each link two notes on the stages questionnaire, the answers unchanged", async () => {
    const fragments = fixtureFragments(current, current, 3);
    const noted = await withNotes(fragments, current, current);
    for (const [i, fragment] of noted.entries()) {
      const decoded = decodeFragment(fragment, current);
      const plain = decodeFragment(fragments[i] ?? "", current);
      if (!decoded.ok || !plain.ok) throw new Error("a fixture link does not decode");
      expect(decoded.value.assessments).toEqual(plain.value.assessments);
      const notes = await unpackNotes(decoded.value.notes ?? "");
      // Two questions picked by the link's number, which may be one question: then note 2 stays.
      const texts = notes.ok ? Object.values(notes.notes[stagesFixture().id] ?? {}) : [];
      expect(texts).toContain(`Leader ${i + 1}, note 2: seen in the quarterly churn review and in complaints.`);
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.every((t) => t.startsWith(`Leader ${i + 1}, note `))).toBe(true);
    }
  });
});
