import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { englishLeaks, leakDictionary, piecesOf, type EnglishText } from "./english-leaks";
import { messagesFor } from "./messages";

const en = (text: string, from = "en.ts"): EnglishText => ({ text, from });
const phrases = (segments: string[], english: EnglishText[], own: string[] = []) =>
  englishLeaks(segments, leakDictionary(english, own)).map((l) => l.phrase);

/** Every string of a message module with the path of its key, as the checks name a leak's source. */
const leaves = (value: unknown, path: string): EnglishText[] =>
  typeof value === "string"
    ? [{ text: value, from: path }]
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`))
      : [];

describe("the pieces of an English string a page can show whole", () => {
  it("splits at placeholders, sentence ends and line breaks, and drops a link's address", () => {
    expect(piecesOf("{n} leaders sent their links. Each is counted once!")).toEqual([
      ["leaders", "sent", "their", "links"],
      ["Each", "is", "counted", "once"],
    ]);
    expect(piecesOf("Read [the guide](/guide/) first: it’s short")).toEqual([
      ["Read", "the", "guide", "first"],
      ["it's", "short"],
    ]);
  });
});

describe("English found on a page in another language", () => {
  const english = [en("The team overall"), en("Present the team view", "team.ts: team.present"), en("Next")];

  it("finds a phrase in any case and punctuation, across the segments a sentence is drawn in", () => {
    expect(phrases(["Übersicht", "PRESENT THE team view!"], english)).toEqual(["present the team view"]);
    expect(
      phrases(["Bitte ", "Present the team", " view to everyone"], [en("Present the team view to everyone")]),
    ).toEqual(["present the team view to everyone"]);
    expect(englishLeaks(["Present the team view"], leakDictionary(english, []))[0]?.from).toEqual([
      "team.ts: team.present",
    ]);
  });

  it("finds a short phrase across segments only when it is long enough not to meet there by chance", () => {
    const short = [en("Articles · Outside-In"), en("Read the guide before you start")];
    expect(phrases(["Flux des articles", "Outside-In est libre"], short)).toEqual([]);
    expect(phrases(["Read ", "the guide", " before you start"], short)).toEqual(["read the guide before you start"]);
  });

  it("finds a short label only as a whole segment, its case kept", () => {
    expect(phrases(["Next"], english)).toEqual(["Next"]);
    expect(phrases(["Nextcloud", "next", "Der Next-Schritt"], english)).toEqual([]);
  });

  it("never finds a phrase inside a longer word: word sequences, not characters", () => {
    expect(phrases(["Present the team viewing room"], english)).toEqual([]);
    expect(phrases(["Starten"], [en("Start")])).toEqual([]);
  });

  it("leaves out what the language writes the same, and pieces too short to tell", () => {
    // French writes "questions" as English does; "OK" and "of 6" are too short to be English.
    expect(
      phrases(["questions", "OK", "of 6"], [en("{n} questions"), en("OK"), en("of 6")], ["{n} questions"]),
    ).toEqual([]);
    expect(phrases(["Outside-In is free"], [en("Outside-In is free")], ["Outside-In is free"])).toEqual([]);
  });

  // The real messages: a German page made of German messages shows no English, and any English
  // message inserted into it is found (a check that could not find one would pass every page).
  const german = leaves(messagesFor("de"), "de").map((t) => t.text);
  const dictionary = leakDictionary(leaves(messagesFor("en"), "en"), german);
  const foundable = leaves(messagesFor("en"), "en").filter((t) => englishLeaks([t.text], dictionary).length > 0);

  it("finds nothing in the German messages themselves, and most English messages alone", () => {
    expect(englishLeaks(german, dictionary)).toEqual([]);
    expect(foundable.length).toBeGreaterThan(leaves(messagesFor("en"), "en").length / 2);
  });

  it("finds an English message inserted anywhere among German text", () => {
    fc.assert(
      fc.property(
        fc.subarray(german, { maxLength: 30 }),
        fc.constantFrom(...foundable),
        fc.nat(),
        (page, inserted, at) => {
          const segments = [...page];
          segments.splice(at % (page.length + 1), 0, inserted.text);
          const leaks = englishLeaks(segments, dictionary);
          expect(leaks.flatMap((l) => l.from)).toContain(inserted.from);
        },
      ),
    );
  });
});
