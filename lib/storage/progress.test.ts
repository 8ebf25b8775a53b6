import { describe, expect, it } from "vitest";
import { choose } from "../questionnaire/answers";
import { stagesFixture } from "../../test/fixtures";
import { failingStore, memoryStore } from "../../test/memory-storage";
import { progressKey } from "./keys";
import { clearProgress, loadProgress, PROGRESS_FORMAT, saveProgress, type Progress } from "./progress";
import { guardStorage } from "./store";

const q = stagesFixture();

/** A browser with no storage at all. */
const absent = guardStorage(() => null);

const progress: Progress = {
  format: PROGRESS_FORMAT,
  questionnaireId: "mini",
  version: 1,
  answers: { "a-1": choose(2) },
  position: 1,
  savedAt: "2026-11-22T10:00:00.000Z",
};

describe("saved progress", () => {
  it("round-trips", () => {
    const storage = memoryStore();
    expect(saveProgress(storage, progress)).toEqual({ ok: true });
    expect(loadProgress(storage, q)).toEqual({ kind: "found", progress: { ...progress, notes: {} } });
  });

  it("keeps notes with the answers, cleaned, on this questionnaire's questions only", () => {
    const storage = memoryStore();
    saveProgress(storage, {
      ...progress,
      notes: { "a-1": "  Seen in\nthe Q3 survey ", "zz-9": "gone", "b-1": "\u200b" },
    });
    const loaded = loadProgress(storage, q);
    expect(loaded.kind === "found" && loaded.progress.notes).toEqual({ "a-1": "Seen in the Q3 survey" });
  });

  it("loses no answer when the notes stored beside them cannot be read, and says so", () => {
    const storage = memoryStore({ [progressKey("mini")]: JSON.stringify({ ...progress, notes: ["not", "notes"] }) });
    expect(loadProgress(storage, q)).toEqual({
      kind: "found",
      progress: { ...progress, notes: {} },
      notesLost: true,
    });
  });

  it("reports nothing saved", () => {
    expect(loadProgress(memoryStore(), q)).toEqual({ kind: "none" });
  });

  it.each([
    ["corrupt JSON", "{not json", "could not be read"],
    ["a foreign shape", JSON.stringify({ hello: "world" }), "could not be read"],
    ["an older storage format", JSON.stringify({ ...progress, format: 0 }), "could not be read"],
    ["another questionnaire", JSON.stringify({ ...progress, questionnaireId: "other" }), "different questionnaire"],
    ["another version", JSON.stringify({ ...progress, version: 9 }), "version 9"],
  ])("discards %s with a reason", (_name, text, reason) => {
    const loaded = loadProgress(memoryStore({ [progressKey("mini")]: text }), q);
    expect(loaded.kind).toBe("discarded");
    expect(loaded.kind === "discarded" && loaded.reason).toContain(reason);
  });

  // A newer version's progress is not "changed since": it says it is newer.
  it("says progress from a newer version of the questionnaire is from a newer version", () => {
    const loaded = loadProgress(memoryStore({ [progressKey("mini")]: JSON.stringify({ ...progress, version: 9 }) }), q);
    expect(loaded.kind === "discarded" && loaded.reason).toBe(
      "the saved answers come from version 9 of this questionnaire, newer than the version 1 this site runs",
    );
    const older = loadProgress(
      memoryStore({ [progressKey("mini")]: JSON.stringify({ ...progress, version: 0.5 }) }),
      q,
    );
    expect(older.kind === "discarded" && older.reason).toContain("could not be read");
  });

  it("drops answers that do not fit the questionnaire and clamps the position", () => {
    const text = JSON.stringify({
      ...progress,
      answers: { "a-1": choose(1), "a-2": choose(99), ghost: choose(0) },
      position: 99,
    });
    const loaded = loadProgress(memoryStore({ [progressKey("mini")]: text }), q);
    expect(loaded).toMatchObject({
      kind: "found",
      progress: { answers: { "a-1": choose(1) }, position: q.questions.length },
    });
  });

  it("reports storage that throws as unavailable, and never throws itself", () => {
    expect(loadProgress(failingStore("SecurityError"), q)).toEqual({ kind: "unavailable" });
    expect(loadProgress(absent, q)).toEqual({ kind: "unavailable" });
    expect(saveProgress(failingStore("SecurityError"), progress)).toEqual({ ok: false, reason: "unavailable" });
    expect(saveProgress(absent, progress)).toEqual({ ok: false, reason: "unavailable" });
    expect(() => clearProgress(failingStore("SecurityError"), "mini")).not.toThrow();
  });

  it("reports a full quota as such", () => {
    expect(saveProgress(failingStore("QuotaExceededError"), progress)).toEqual({ ok: false, reason: "quota" });
  });

  it("clears", () => {
    const storage = memoryStore();
    saveProgress(storage, progress);
    clearProgress(storage, "mini");
    expect(storage.data).toEqual({});
  });
});
