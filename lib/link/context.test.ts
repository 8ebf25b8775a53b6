import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "../content/assessments/load-questionnaires";
import { journeyOf } from "../questionnaire/catalogue";
import { scoreAssessment } from "../scoring/score";
import { LOCALES } from "../i18n/locales";
import { answersFor } from "../../test/arbitraries";
import { decodeFragment, encodeFragment, withSeal } from "./fragment";
import { IMPORTANCE_LEVELS } from "./importance";
import { isPackedNotes, MAX_NOTE_LENGTH, packNotes, unpackNotes } from "./notes";
import { withPrevious } from "./previous";
import type { SharedResult } from "./result-schema";
import { linkErrorInEnglish } from "./english-errors";

const catalogue = loadCatalogue();
const journey = journeyOf(loadCurrentQuestionnaires())!;
const areas = journey.dimensions.map((d) => d.id);
const assessment = (answers: SharedResult["assessments"][number]["answers"]) => ({
  questionnaireId: journey.id,
  version: journey.version,
  answers,
});
const answers = answersFor(journey);

describe("format 4: language, importance and notes in the seal", () => {
  it("writes a link with none of them exactly as before (format 2 or 3), English or not said", async () => {
    const [sample] = fc.sample(answers, { seed: 4, numRuns: 1 });
    const plain = { assessments: [assessment(sample!)], date: "2026-12-07" };
    expect(encodeFragment(plain, catalogue)).toMatch(/^v=2&/);
    expect(encodeFragment({ ...plain, language: "en" }, catalogue)).toBe(encodeFragment(plain, catalogue));
    expect(encodeFragment(withPrevious(plain, plain), catalogue)).toMatch(/^v=3&/);
    const notes = await packNotes({ journey: { [journey.questions[0]!.id]: "why" } });
    expect(encodeFragment({ ...plain, notes }, catalogue)).toMatch(/^v=4&/);
  });

  it("reads back what it wrote, for any language, importance and earlier result (property)", () => {
    const level = fc.constantFrom(...IMPORTANCE_LEVELS);
    const importance = fc.dictionary(fc.constantFrom(...areas), level, { minKeys: 1 });
    const language = fc.constantFrom(...LOCALES.filter((l) => l !== "en"));
    fc.assert(
      fc.property(answers, answers, language, importance, language, (now, then, l, i, earlierLanguage) => {
        const earlier = { assessments: [assessment(then)], date: "2025-12-01", language: earlierLanguage };
        const result = withPrevious({ assessments: [assessment(now)], language: l, importance: i }, earlier);
        const decoded = decodeFragment(encodeFragment(result, catalogue), catalogue);
        expect(decoded).toEqual({ ok: true, value: result });
      }),
      { numRuns: 200 },
    );
  });

  it("scores the same answers the same whatever language they were given in", () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...LOCALES), (given, language) => {
        const decoded = decodeFragment(
          encodeFragment({ assessments: [assessment(given)], language }, catalogue),
          catalogue,
        );
        if (!decoded.ok) throw new Error(linkErrorInEnglish(decoded.error));
        expect(scoreAssessment(journey, decoded.value.assessments[0]!.answers)).toEqual(
          scoreAssessment(journey, given),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("seals each of them: any change to the language, importance or notes is refused", async () => {
    const [sample] = fc.sample(answers, { seed: 7, numRuns: 1 });
    const notes = await packNotes({ journey: { [journey.questions[1]!.id]: "a note" } });
    const link = encodeFragment(
      { assessments: [assessment(sample!)], language: "fr", importance: { [areas[0]!]: "critical" }, notes },
      catalogue,
    );
    for (const changed of [
      link.replace("l=fr", "l=es"),
      link.replace(/i=1\.3/, "i=1.1"),
      link.replace(/n=1\.(.)/, (_m, c: string) => `n=1.${c === "A" ? "B" : "A"}`),
      link.replace("&l=fr", ""),
    ]) {
      const decoded = decodeFragment(changed, catalogue);
      expect(decoded.ok ? "read" : decoded.error.kind).toBe("tampered");
    }
  });

  it("drops, and does not fail on, context a sealed link holds that this site cannot use", () => {
    const [sample] = fc.sample(answers, { seed: 9, numRuns: 1 });
    const base = encodeFragment({ assessments: [assessment(sample!)] }, catalogue)
      .replace(/^v=2/, "v=4")
      .replace(/&z=.*$/, "");
    for (const extra of ["l=it", "l=EN", "i=1.3", "i=1.999999999", "i=2.3000000", "n=<b>x</b>", "n=2.abc"]) {
      const decoded = decodeFragment(withSeal(`${base}&${extra}`), catalogue);
      expect(decoded).toEqual({ ok: true, value: { assessments: [assessment(sample!)] } });
    }
  });
});

describe("notes", () => {
  const question = journey.questions[0]!.id;

  it("read back as written, any text in any script, markup kept as text (property)", async () => {
    // What shows as nothing (controls, format characters, the Hangul and Braille fillers) is
    // dropped or trimmed from a note as from a name: that rule has its own tests
    // (lib/shared/name-rule.test.ts), so the text here holds none of it.
    const blank = /[\p{C}\p{Zl}\p{Zp}\u115F\u1160\u2800\u3164\uFFA0]|\p{Default_Ignorable_Code_Point}/u;
    const note = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 60 })
      .filter((s) => /\p{L}/u.test(s) && !blank.test(s) && !/^\p{M}/u.test(s.trim()));
    await fc.assert(
      fc.asyncProperty(fc.array(note, { minLength: 1, maxLength: 5 }), async (texts) => {
        const notes = { journey: Object.fromEntries(texts.map((t, i) => [journey.questions[i]!.id, t])) };
        const packed = await packNotes(notes);
        expect(isPackedNotes(packed)).toBe(true);
        const unpacked = await unpackNotes(packed!);
        if (!unpacked.ok) throw new Error(unpacked.reason);
        for (const [id, text] of Object.entries(unpacked.notes.journey ?? {}))
          expect(text).toBe(notes.journey[id]?.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 50 },
    );
  });

  it("leaves out notes that show nothing, and cuts none but those past the limit", async () => {
    const packed = await packNotes({ journey: { [question]: "\u200b\u200b", other: " " } });
    expect(packed).toBeUndefined();
    const long = "x".repeat(MAX_NOTE_LENGTH + 20);
    const unpacked = await unpackNotes((await packNotes({ journey: { [question]: long } }))!);
    expect(unpacked.ok && unpacked.notes.journey?.[question]?.length).toBe(MAX_NOTE_LENGTH);
  });

  it("says notes cannot be read, rather than failing, for anything packNotes did not write", async () => {
    const bomb = await deflate(new Uint8Array(1024 * 1024).fill(32));
    for (const packed of [
      "1.",
      "1.!!!",
      "1.AAAA",
      "2.AAAA",
      `1.${bomb}`,
      `1.${await deflate(new TextEncoder().encode("[1,2]"))}`,
    ])
      expect(await unpackNotes(packed)).toEqual({ ok: false, reason: expect.stringMatching(/cannot be read/) });
  });
});

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(out).toString("base64url");
}
