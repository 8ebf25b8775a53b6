import { describe, expect, it } from "vitest";
import { choose } from "../questionnaire/answers";
import { stagesFixture } from "../../test/fixtures";
import { failingStore, memoryStore } from "../../test/memory-storage";
import { packNotes } from "../link/notes";
import { keepNotes, keptNotesFor, MAX_KEPT, NOTES_KEY } from "./kept-notes";
import { resultNotes } from "./result-notes";

const q = stagesFixture();
const catalogue = [q];
const answers = { "a-1": choose(2), "b-1": choose(0) };
const result = { assessments: [{ questionnaireId: q.id, version: q.version, answers }] };

describe("notes kept in this browser", () => {
  it("are found again for the same answers, and only for them", () => {
    const store = memoryStore();
    expect(keepNotes(store, q, answers, { "a-1": "From the churn review", "b-1": " " })).toEqual({ ok: true });
    expect(keptNotesFor(store, result, catalogue)).toEqual({
      notes: { mini: { "a-1": "From the churn review" } },
      problem: null,
    });
    const other = { assessments: [{ ...result.assessments[0]!, answers: { "a-1": choose(3) } }] };
    expect(keptNotesFor(store, other, catalogue).notes).toEqual({});
  });

  it("keeps the newest runs only, one entry per set of answers", () => {
    const store = memoryStore();
    for (let i = 0; i < MAX_KEPT + 5; i += 1)
      keepNotes(
        store,
        q,
        { "a-1": choose(i % 6), "c-1": choose(Math.floor(i / 6) % 6), "b-2": choose(Math.floor(i / 36)) },
        { "a-1": `run ${i}` },
      );
    keepNotes(store, q, answers, { "a-1": "first" });
    keepNotes(store, q, answers, { "a-1": "second" });
    expect(store.data[NOTES_KEY]!.match(/"questionnaireId"/g)).toHaveLength(MAX_KEPT);
    expect(keptNotesFor(store, result, catalogue).notes.mini).toEqual({ "a-1": "second" });
  });

  it("says when what is stored cannot be read, and when storage is full", () => {
    expect(keptNotesFor(memoryStore({ [NOTES_KEY]: "{oops" }), result, catalogue)).toEqual({
      notes: {},
      problem: expect.stringMatching(/could not be read; the answers are not affected/),
    });
    expect(keepNotes(failingStore("QuotaExceededError"), q, answers, { "a-1": "x" })).toEqual({
      ok: false,
      reason: "quota",
    });
  });

  it("a report reads the link's notes first, this browser's for the rest, and the earlier result's too", async () => {
    const store = memoryStore();
    keepNotes(store, q, answers, { "a-1": "kept here", "b-1": "also here" });
    const notes = await packNotes({ mini: { "a-1": "in the link" } });
    const earlier = await packNotes({ mini: { "b-1": "a year ago" } });
    const read = await resultNotes({ ...result, notes, previous: { ...result, notes: earlier } }, catalogue, store);
    expect(read).toEqual({
      notes: { mini: { "a-1": "in the link" } },
      earlier: { mini: { "b-1": "a year ago" } },
      inLink: true,
      problems: [],
    });
    const plain = await resultNotes({ ...result, notes: "1.AAAA" }, catalogue, store);
    expect(plain.notes).toEqual({ mini: { "a-1": "kept here", "b-1": "also here" } });
    expect(plain.problems).toEqual([expect.stringMatching(/cannot be read/)]);
  });
});
