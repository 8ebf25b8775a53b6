import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { choose, type Answers } from "../questionnaire/answers";
import { stagesFixture } from "../../test/fixtures";
import type { SharedResult } from "../link/result-schema";
import { messagesFor } from "../i18n/messages";
import { buildComparison } from "./build-comparison";

const catalogue = [stagesFixture()];
const result = (answers: Answers, more: Partial<SharedResult> = {}): SharedResult => ({
  assessments: [{ questionnaireId: "mini", version: 1, answers }],
  ...more,
});
// a: stages 2, 2 → 2 last year; 5, 5 → 5 this year.
const lastYear = result(
  { "a-1": choose(1), "a-4": choose(1) },
  { label: "Head of service", org: "Acme", date: "2025-11-20" },
);
const thisYear = result(
  { "a-1": choose(4), "a-4": choose(4) },
  { label: "head of  service", org: "ACME", date: "2026-11-20" },
);

const TODAY = "2026-12-01";

describe("buildComparison", () => {
  it("compares in the order given when the dates agree, and sees one leader whatever the case", () => {
    const model = buildComparison(lastYear, thisYear, catalogue, TODAY, EN);
    expect(model.notices).toEqual([]);
    expect(model.earlier).toEqual({ name: "Earlier", who: ["Head of service", "Acme"], when: "20 November 2025" });
    expect(model.comparisons[0]?.rows[0]).toMatchObject({ before: "2", after: "5", change: "▲ up 3", tone: "up" });
  });

  it("puts the earlier date first when the links were pasted the wrong way round, and says so", () => {
    const model = buildComparison(thisYear, lastYear, catalogue, TODAY, EN);
    expect(model.notices).toEqual([
      "The result given as earlier is dated 20 November 2026, after the later one (20 November 2025), so the two are shown in date order: 20 November 2025 first.",
    ]);
    expect(model.earlier.when).toBe("20 November 2025");
    expect(model.later.when).toBe("20 November 2026");
    // The change reads as it happened over time: up, not down.
    expect(model.comparisons[0]?.rows[0]).toMatchObject({ before: "2", after: "5", tone: "up" });
    expect(model.comparisons[0]?.overall[0]?.label).toBe("Overall stage");
  });

  it("warns at the top when the two look like different leaders, and still compares", () => {
    const other = { ...thisYear, label: "Chief executive" };
    const model = buildComparison(lastYear, other, catalogue, TODAY, EN);
    expect(model.notices).toEqual([
      "These look like two different leaders: the earlier result is from Head of service · Acme, the later from Chief executive · ACME. They are compared below all the same; read a change as a difference between two people, not as progress.",
    ]);
    expect(model.comparisons).toHaveLength(1);
  });

  it("does not guess when a side names nobody or carries no date", () => {
    const model = buildComparison(
      result({}, { date: "2026-01-01" }),
      result({}, { label: "Anyone" }),
      catalogue,
      TODAY,
      EN,
    );
    expect(model.notices).toEqual([]);
    expect(model.later.when).toBe("no date in the link");
  });
});

describe("what compare says before any figure", () => {
  it("says when both sides are the same result, rather than showing no change as a finding", () => {
    const model = buildComparison(lastYear, { ...lastYear }, catalogue, TODAY, EN);
    expect(model.notices).toEqual([
      "Both links hold the same result (the same answers, from 20 November 2025), so nothing can have changed between them. To see what moved, paste an earlier result and a later one.",
    ]);
  });

  it("says when a result is dated after today", () => {
    const future = { ...thisYear, date: "2031-03-03" };
    const model = buildComparison(lastYear, future, catalogue, TODAY, EN);
    expect(model.notices).toEqual([
      "The later result is dated 3 March 2031, after today (1 December 2026): its date was changed by hand, or this device's clock is wrong. Read the order of the two with care.",
    ]);
  });

  it("sees one leader when a name differs only by an invisible format character", () => {
    const model = buildComparison(lastYear, { ...thisYear, label: "Head of\uFE0F service" }, catalogue, TODAY, EN);
    expect(model.notices).toEqual([]);
  });
});

describe("targets set in the earlier result", () => {
  it("says, per area with a target, whether the later result reached it", () => {
    // Last year a at stage 2 aimed for 4, and b (at 1, from 1 and 1) for 3. This year a is at
    // 5 (5 and 5), at or above its target: reached. b is at 2 (2 and 2), below 3: not reached.
    const earlier = result(
      { "a-1": choose(1), "a-4": choose(1), "b-1": choose(0), "b-2": choose(0) },
      { date: "2025-11-20", targets: { a: 4, b: 3 } },
    );
    const later = result(
      { "a-1": choose(4), "a-4": choose(4), "b-1": choose(1), "b-2": choose(1) },
      { date: "2026-11-20" },
    );
    const [view] = buildComparison(earlier, later, catalogue, TODAY, EN).comparisons;
    expect(view?.targets?.items.map((t) => [t.id, t.target, t.stage, t.reached, t.text])).toEqual([
      ["a", 4, 5, true, "Area A: target stage 4 of 6, now stage 5 of 6: reached"],
      ["b", 3, 2, false, "Area B: target stage 3 of 6, now stage 2 of 6: not reached yet"],
    ]);
  });
});

describe("one rule for progress, for the areas and the average alike", () => {
  it("does not call the average's rise progress when it is smaller than the areas' margins make", () => {
    // a: stages 2 and 5 (3.5, margin (5 − 2) ÷ 2 = 1.5) → 3 and 5 (4): a rise of 0.5, within.
    // b and c: all at stage 1 both times (margin 0), unchanged.
    // The average: (3.5 + 1 + 1) ÷ 3 = 1.83 → (4 + 1 + 1) ÷ 3 = 2, a rise of 0.17. The areas'
    // margins average (1.5 + 0 + 0) ÷ 3 = 0.5: every area moving within its own margin can move
    // the average that far, so 0.17 is within the spread too, not the "▲ up" it was.
    const still = { "b-1": choose(0), "b-2": choose(0), "c-1": choose(0), "c-2": choose(0) };
    const before = result({ "a-1": choose(1), "a-4": choose(4), ...still });
    const after = result({ "a-1": choose(2), "a-4": choose(4), ...still });
    const [view] = buildComparison(before, after, catalogue, TODAY, EN).comparisons;
    expect(view?.rows[0]).toMatchObject({ change: "+0.5, within the spread of your answers", tone: "spread" });
    expect(view?.overall.find((l) => l.label === "Average stage")).toMatchObject({
      label: "Average stage",
      text: "1.83 of 6 → 2 of 6 (+0.17, within the spread of your answers)",
      tone: "spread",
    });
  });

  it("does not call the overall stage's step progress when the average behind it moved within the spread", () => {
    // a: 2 and 5 (3.5) → 3 and 5 (4), within its margin of 1.5; b at 3 and c at 4 both times.
    // The average: (3.5 + 3 + 4) ÷ 3 = 3.5, stage 3 (a half rounds down) → (4 + 3 + 4) ÷ 3 = 3.67,
    // stage 4. The average rose 0.17, within the areas' average margin of 0.5, so the step it
    // made in the overall stage is within the spread as well.
    const still = { "b-1": choose(2), "b-2": choose(2), "c-1": choose(3), "c-2": choose(3) };
    const before = result({ "a-1": choose(1), "a-4": choose(4), ...still });
    const after = result({ "a-1": choose(2), "a-4": choose(4), ...still });
    const [view] = buildComparison(before, after, catalogue, TODAY, EN).comparisons;
    expect(view?.overall[0]).toMatchObject({
      label: "Overall stage",
      text: "stage 3 of 6 → stage 4 of 6 (within the spread of your answers)",
      tone: "spread",
    });
  });

  it("names the language each side was answered in when they differ, or differ from the page's", () => {
    const german = { ...thisYear, language: "de" as const };
    const mixed = buildComparison(lastYear, german, catalogue, TODAY, EN);
    expect([mixed.earlier.language, mixed.later.language]).toEqual(["answered in English", "answered in German"]);
    const onGermanPage = buildComparison(lastYear, german, catalogue, TODAY, {
      locale: "de",
      messages: messagesFor("de"),
    });
    expect(onGermanPage.later.language).toBe("beantwortet auf Deutsch");
    // Two English results on an English page: nothing to say, the line reads as it always did.
    expect(buildComparison(lastYear, thisYear, catalogue, TODAY, EN).later.language).toBeUndefined();
  });
});
