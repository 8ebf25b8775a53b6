import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { journeyOf } from "../../questionnaire/catalogue";
import { loadAreaStages, loadAreaStagesIn } from "../assessments/load-area-stages";
import { loadCurrentQuestionnaires } from "../assessments/load-questionnaires";
import { loadStepsIn } from "../assessments/load-steps";
import { ContentError } from "../parse";
import { LENGTH_LIMITS, lengthProblems, type LimitedText } from "./length-limits";
import { englishContentCopy, mark, writeCompleteLanguage } from "../../../test/marked-translations";

let root = "";
beforeEach(() => {
  root = englishContentCopy();
});

const journey = (r?: string) => {
  const q = journeyOf(loadCurrentQuestionnaires(r));
  if (!q) throw new Error("the English content has no journey");
  return q;
};

/** What loading the German area stages reports, with paths as an author sees them. */
function germanAreaStageProblems(): string[] {
  try {
    loadAreaStagesIn("de", journey(root), root);
    return [];
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split(relative(process.cwd(), root)).join("content").split("\n").slice(1);
  }
}

describe("translated texts the layout keeps a fixed room for", () => {
  it("fail an overrun, naming file, language, id, length and limit", () => {
    writeCompleteLanguage(root, "de");
    const area = loadAreaStages(journey(root), root).areas[0];
    const stage = area?.stages[4];
    if (!area || !stage) throw new Error("the first area has no stage 5");
    const path = join(root, "i18n", "de", "area-stages.yaml");
    const name = "Gemeinsame Führungsverantwortung!";
    expect(name).toHaveLength(LENGTH_LIMITS.areaStageName.max + 1);
    writeFileSync(path, readFileSync(path, "utf8").replace(mark(stage.name), name));
    expect(germanAreaStageProblems()).toEqual([
      `  content/i18n/de/area-stages.yaml: areas.${area.area}.5.name: 33 characters, over the 32 the German allows (it sits in a target's menu): say it in fewer words, with the glossary's terms`,
    ]);
  });

  it("allow a language the room it is given, and no more", () => {
    const texts: LimitedText[] = [{ path: "steps.people:1-2.title", kind: "stepTitle", text: "x".repeat(84) }];
    const german = { locale: "de", language: "German" } satisfies Parameters<typeof lengthProblems>[1];
    expect(lengthProblems(texts, german, {})).toEqual([
      "steps.people:1-2.title: 84 characters, over the 80 the German allows (it is a step's headline in the plan): say it in fewer words, with the glossary's terms",
    ]);
    expect(lengthProblems(texts, german, { de: { stepTitle: 84 } })).toEqual([]);
    expect(lengthProblems(texts, german, { fr: { stepTitle: 90 } })).toHaveLength(1);
  });

  // Only the lengths: a translation may lag behind a new English item until its language ships.
  it.each(["de", "fr", "es"] as const)("fit in the real %s area stages and plan steps", (locale) => {
    const overruns = (load: () => unknown) => {
      try {
        load();
        return [];
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        return error.problems.filter((p) => p.includes(" characters, over the "));
      }
    };
    expect(overruns(() => loadAreaStagesIn(locale, journey()))).toEqual([]);
    expect(overruns(() => loadStepsIn(locale, journey()))).toEqual([]);
  });
});
