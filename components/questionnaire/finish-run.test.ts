import { describe, expect, it } from "vitest";
import { loadCatalogue, loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { LOCALES } from "@/lib/i18n/locales";
import { decodeFragment } from "@/lib/link/fragment";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { resultFragment } from "./finish-run";

const catalogue = loadCatalogue();
const questionnaire = journeyOf(loadCurrentQuestionnaires());
const answers = Object.fromEntries(questionnaire!.questions.map((q) => [q.id, choose(2)]));
const run = (locale: (typeof LOCALES)[number]) => ({
  questionnaire: questionnaire!,
  answers,
  carry: {},
  order: [questionnaire!.id],
  locale,
});

describe("a finished run's result link", () => {
  it.each(LOCALES.filter((l) => l !== "en"))("records that its answers were given in %s, inside the seal", (locale) => {
    const fragment = resultFragment(run(locale));
    expect(new URLSearchParams(fragment).get("l")).toBe(locale);
    const read = decodeFragment(fragment, catalogue);
    expect(read.ok && read.value.language).toBe(locale);
  });

  it("made in English records no language, as every link did before there were languages", () => {
    const fragment = resultFragment(run("en"));
    expect(new URLSearchParams(fragment).has("l")).toBe(false);
    const read = decodeFragment(fragment, catalogue);
    expect(read.ok && read.value.language).toBeUndefined();
  });
});
