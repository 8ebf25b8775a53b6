import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Questionnaire } from "../../questionnaire/schema";
import { scoreAssessment } from "../../scoring/score";
import { loadCatalogue, questionnaireFiles } from "../assessments/load-questionnaires";
import { loadCatalogueIn } from "./load-translations";
import type { QuestionnaireTranslation } from "./questionnaire-translation";
import { markedQuestionnaire } from "../../../test/marked-translations";

let root = "";
const files = ["questionnaires/journey.yaml", "questionnaires/blunders.yaml"];
const archives = ["questionnaires/archive/journey-v1.yaml", "questionnaires/archive/blunders-v1.yaml"];
const english = () => loadCatalogue(root);

function write(path: string, data: unknown) {
  const full = join(root, "i18n", "de", path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, typeof data === "string" ? data : stringify(data));
}

/** Writes a complete German translation of every questionnaire, then lets a test spoil one file. */
function translateAll(spoil: (path: string, t: QuestionnaireTranslation) => QuestionnaireTranslation = (_p, t) => t) {
  const { current, archived } = questionnaireFiles(root);
  for (const { file, questionnaire } of [...current, ...archived]) {
    const path = relative(root, file);
    write(path, spoil(path, markedQuestionnaire(questionnaire, path)));
  }
}

const problemsOf = () => {
  try {
    loadCatalogueIn("de", root);
    return [];
  } catch (error) {
    // Paths as an author sees them in the real tree, whatever temporary folder the test used.
    const text = error instanceof Error ? error.message : String(error);
    return text.split(relative(process.cwd(), root)).join("content").split("\n");
  }
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "outside-in-i18n-"));
  for (const path of [...files, ...archives]) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    cpSync(join("content", path), join(root, path));
  }
});

afterEach(() => {
  root = "";
});

describe("a translated questionnaire", () => {
  it("takes every text from the translation, and every id, option order, stage and keying from the English", () => {
    translateAll();
    const [en, de] = [english(), loadCatalogueIn("de", root)];
    expect(de.map((q) => `${q.id}@${q.version}`)).toEqual(en.map((q) => `${q.id}@${q.version}`));
    const shape = (q: Questionnaire) =>
      q.questions.map((x) => [x.id, x.dimension, "options" in x ? x.options.map((o) => o.stage) : x.keying]);
    expect(de.map(shape)).toEqual(en.map(shape));
    expect(de.flatMap((q) => q.questions.map((x) => x.text)).every((text) => /^«.+»$/.test(text))).toBe(true);
  });

  it("scores the same answers the same in either language", () => {
    translateAll();
    const [en, de] = [english(), loadCatalogueIn("de", root)];
    for (const [i, q] of en.entries()) {
      const answers = Object.fromEntries(q.questions.map((x, k) => [x.id, { kind: "option" as const, index: k % 4 }]));
      // Scores carry each area's name, in the page's language: the numbers are what must agree.
      const figures = (x: Questionnaire) => {
        const score = scoreAssessment(x, answers);
        return [
          score.kind,
          score.dimensions.map((d) => [d.id, "score" in d ? d.score : null, "stage" in d ? d.stage : null]),
        ];
      };
      expect(figures(de[i]!)).toEqual(figures(q));
    }
  });

  it("fails the build naming file, language and id when a translation misses, adds or reshapes an item", () => {
    translateAll((path, t) => {
      if (path !== "questionnaires/journey.yaml") return t;
      const { ["leadership-1"]: _gone, ...questions } = t.questions;
      const structure = questions["structure-1"];
      if (!structure?.options) throw new Error("structure-1 changed");
      return {
        ...t,
        title: "Kundenzentrierung {name}",
        questions: {
          ...questions,
          "structure-1": { ...structure, options: structure.options.slice(1) },
          "leadership-9": { text: "Eine Frage, die es nicht gibt" },
        },
      };
    });
    expect(problemsOf()).toMatchSnapshot();
  });

  it("fails the build when a translation is of an older version", () => {
    translateAll((path, t) =>
      path === "questionnaires/blunders.yaml" ? { ...t, source: { ...t.source, version: 1 } } : t,
    );
    expect(problemsOf()).toMatchSnapshot();
  });

  it("fails the build when a language lacks a file: an incomplete language cannot ship", () => {
    translateAll();
    rmSync(join(root, "i18n", "de", archives[0]!));
    expect(problemsOf()).toMatchSnapshot();
  });
});
