import fc from "fast-check";
import { decodeFragment, encodeFragment } from "../../lib/link/fragment";
import { packNotes } from "../../lib/link/notes";
import type { Catalogue } from "../../lib/questionnaire/catalogue";
import type { Questionnaire } from "../../lib/questionnaire/schema";
import { encodeTeamFragment } from "../../lib/team-input/team-link";
import { answersFor, LIKE_LEADERS } from "../../test/arbitraries";
import { linkErrorInEnglish } from "../../lib/link/english-errors";

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

/**
 * The same links, each carrying two notes of about 80 characters on questions of the first
 * stages questionnaire, which vary from link to link: a team whose leaders shared their notes.
 */
export async function withNotes(
  fragments: readonly string[],
  current: readonly Questionnaire[],
  catalogue: Catalogue,
): Promise<string[]> {
  const journey = current.find((q) => q.kind === "stages");
  if (!journey) throw new Error("no stages questionnaire to put notes on");
  const ids = journey.questions.map((q) => q.id);
  return Promise.all(
    fragments.map(async (fragment, i) => {
      const decoded = decodeFragment(fragment, catalogue);
      if (!decoded.ok) throw new Error(linkErrorInEnglish(decoded.error));
      const note = (k: number) => `Leader ${i + 1}, note ${k}: seen in the quarterly churn review and in complaints.`;
      const notes = await packNotes({
        [journey.id]: { [ids[i % ids.length] ?? ""]: note(1), [ids[(i * 7) % ids.length] ?? ""]: note(2) },
      });
      return encodeFragment({ ...decoded.value, ...(notes && { notes }) }, catalogue);
    }),
  );
}
