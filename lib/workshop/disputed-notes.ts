import { unpackNotes, type Notes, type UnpackedNotes } from "../link/notes";
import type { TeamAggregate } from "../team/types";
import type { DisputedQuestion, LeaderNote } from "./team-report";

/**
 * The notes leaders left on the disputed questions, from the links that carry notes (only those
 * a leader chose to share). Each link's notes are inflated once, asynchronously, and only for
 * leaders with notes: in the team view's worker, so thousands of links never hold up the page.
 * Notes that cannot be read are left out; the answers were counted already.
 */
export async function disputedNotes(
  team: Pick<TeamAggregate, "leaders" | "respondents">,
  questions: readonly DisputedQuestion[],
): Promise<DisputedQuestion[]> {
  if (questions.length === 0) return [...questions];
  const packedByLine = new Map<number, string[]>();
  for (const r of team.respondents) {
    if (!r.result.notes) continue;
    packedByLine.set(r.line, [...(packedByLine.get(r.line) ?? []), r.result.notes]);
  }
  if (packedByLine.size === 0) return [...questions];
  // One link at a time: in Chromium's worker, inflating many at once took longer in all
  // (scripts/measure-team.ts), and the view is on screen meanwhile (see team-reader.ts).
  const packed = [...new Set([...packedByLine.values()].flat())];
  const unpacked: UnpackedNotes[] = [];
  for (const text of packed) unpacked.push(await unpackNotes(text));
  const read = new Map(packed.map((text, i) => [text, unpacked[i]]));
  const found = questions.map((): LeaderNote[] => []);
  for (const [leader, person] of team.leaders.entries()) {
    const notes: Notes = {};
    for (const text of person.lines.flatMap((line) => packedByLine.get(line) ?? [])) {
      const one = read.get(text);
      if (one?.ok)
        for (const [id, byQuestion] of Object.entries(one.notes)) notes[id] = { ...notes[id], ...byQuestion };
    }
    questions.forEach(({ question }, i) => {
      const text = notes[question.questionnaireId]?.[question.id];
      if (text) found[i]?.push({ leader, text });
    });
  }
  return questions.map((item, i) => (found[i]?.length ? { ...item, notes: found[i] } : item));
}
