import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "../content/assessments/load-questionnaires";
import { journeyOf } from "../questionnaire/catalogue";
import type { Answers } from "../questionnaire/answers";
import { answersFor } from "../../test/arbitraries";
import { decodeFragment, encodeFragment, withSeal } from "./fragment";
import { cleanNote, isPackedNotes, MAX_NOTE_LENGTH, packNotes, unpackNotes } from "./notes";
import { withPrevious } from "./previous";
import { linkErrorInEnglish } from "./english-errors";

// Notes in a link, held to three properties over generated input: what is written reads back
// (the leader's notes and the earlier result's), anything else in `n=` is read as unreadable
// or as clean notes and never throws or costs an answer, and no change to a note passes the seal.
const catalogue = loadCatalogue();
const journey = journeyOf(loadCurrentQuestionnaires())!;
const ids = journey.questions.map((q) => q.id);
const answers = answersFor(journey);
const assessment = (given: Answers) => ({
  questionnaireId: journey.id,
  version: journey.version,
  answers: given,
});
// Any text a leader might type or paste: every script, emoji, markup, bidi controls, line breaks.
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: MAX_NOTE_LENGTH + 20 }),
  fc.constantFrom("<script>alert(1)</script>", '=HYPERLINK("x")', "\u202Eevil\u202C", "a\u0000b\nc", "\u200b\u2060"),
);
const notes = fc.dictionary(fc.constantFrom(...ids), text, { maxKeys: 6 });

async function notesOf(packed: string | undefined) {
  if (!packed) return {};
  const read = await unpackNotes(packed);
  if (!read.ok) throw new Error(read.reason);
  return read.notes;
}

/** What the notes should read as: each cleaned, blank ones gone. */
const expected = (typed: Record<string, string>) => {
  const kept = Object.fromEntries(
    Object.entries(typed).flatMap(([id, t]) => (cleanNote(t) ? [[id, cleanNote(t)]] : [])),
  );
  return Object.keys(kept).length > 0 ? { [journey.id]: kept } : {};
};

describe("notes in a link (properties)", () => {
  it("read back as cleaned text, the leader's and the earlier result's, with the same answers", async () => {
    await fc.assert(
      fc.asyncProperty(answers, answers, notes, notes, async (now, then, mine, earlier) => {
        const packed = await packNotes({ [journey.id]: mine });
        const packedEarlier = await packNotes({ [journey.id]: earlier });
        const result = withPrevious(
          { assessments: [assessment(now)], ...(packed && { notes: packed }) },
          { assessments: [assessment(then)], ...(packedEarlier && { notes: packedEarlier }) },
        );
        const decoded = decodeFragment(encodeFragment(result, catalogue), catalogue);
        if (!decoded.ok) throw new Error(linkErrorInEnglish(decoded.error));
        expect(decoded.value.assessments).toEqual(result.assessments);
        expect(await notesOf(decoded.value.notes)).toEqual(expected(mine));
        expect(await notesOf(decoded.value.previous?.notes)).toEqual(expected(earlier));
        for (const note of Object.values((await notesOf(decoded.value.notes))[journey.id] ?? {})) {
          expect(note.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
          expect(note).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("read anything else in n= as unreadable or as clean notes, never throwing, answers untouched", async () => {
    const base64url = fc.string({
      unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
    });
    // Deflated JSON of any shape, as a tool that knows the format but not its schema would write.
    const deflatedJson = fc.jsonValue().map((value) => deflate(JSON.stringify(value)));
    const hostile = fc.oneof(
      fc.string(),
      base64url.map((s) => `1.${s}`),
      deflatedJson.map(async (d) => `1.${await d}`),
    );
    await fc.assert(
      fc.asyncProperty(answers, hostile, async (given, raw) => {
        const value = await raw;
        const body = encodeFragment({ assessments: [assessment(given)] }, catalogue)
          .replace(/^v=2/, "v=4")
          .replace(/&z=.*$/, "");
        const decoded = decodeFragment(withSeal(`${body}&n=${encodeURIComponent(value)}`), catalogue);
        if (!decoded.ok) throw new Error(linkErrorInEnglish(decoded.error));
        expect(decoded.value.assessments).toEqual([assessment(given)]);
        expect(decoded.value.notes === undefined || isPackedNotes(decoded.value.notes)).toBe(true);
        const read = decoded.value.notes === undefined ? null : await unpackNotes(decoded.value.notes);
        const shown = read?.ok ? Object.values(read.notes).flatMap((q) => Object.values(q)) : [];
        expect(shown.every((note) => cleanNote(note) === note)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("refuse any change to a note in a sealed link: one character, or the notes removed", async () => {
    const [given] = fc.sample(answers, { seed: 34, numRuns: 1 });
    const packed = (await packNotes({
      [journey.id]: { [ids[0]!]: "From the Q3 churn review", [ids[4]!]: "CEO only" },
    }))!;
    const link = encodeFragment({ assessments: [assessment(given!)], notes: packed }, catalogue);
    const at = link.indexOf(`n=${packed}`) + 2;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: packed.length - 1 }),
        fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        (offset, replacement) => {
          fc.pre(packed[offset] !== replacement);
          const changed = `${link.slice(0, at + offset)}${replacement}${link.slice(at + offset + 1)}`;
          const decoded = decodeFragment(changed, catalogue);
          expect(decoded.ok ? "read" : decoded.error.kind).toBe("tampered");
        },
      ),
      { numRuns: 200 },
    );
    const removed = decodeFragment(link.replace(`&n=${packed}`, ""), catalogue);
    expect(removed.ok ? "read" : removed.error.kind).toBe("tampered");
  });
});

async function deflate(json: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(json)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return Buffer.from(new Uint8Array(await new Response(stream).arrayBuffer())).toString("base64url");
}
