import fc from "fast-check";
import { encodeFragment } from "../../lib/link/fragment";
import type { Catalogue } from "../../lib/questionnaire/catalogue";
import type { Questionnaire } from "../../lib/questionnaire/schema";
import { encodeTeamFragment } from "../../lib/team-input/team-link";
import { answersFor, LIKE_LEADERS } from "../../test/arbitraries";

/**
 * `count` result fragments (without "#"), each holding every current questionnaire answered as
 * real leaders answer, drawn by fast-check from a fixed seed: every run measures the same links.
 */
export function fixtureFragments(
  current: readonly Questionnaire[],
  catalogue: Catalogue,
  count: number,
  seed = 6,
): string[] {
  const leader = fc.tuple(...current.map((q) => answersFor(q, LIKE_LEADERS)));
  return fc.sample(leader, { seed, numRuns: count }).map((answers, i) =>
    encodeFragment(
      {
        assessments: current.map((q, k) => ({ questionnaireId: q.id, version: q.version, answers: answers[k] ?? {} })),
        label: `Leader ${i + 1}`,
        org: "Example Ltd",
      },
      catalogue,
    ),
  );
}

/** The team view's own link for these results, as a consultant would share it. */
export function teamFragment(fragments: readonly string[]): string {
  return encodeTeamFragment([...fragments]);
}
