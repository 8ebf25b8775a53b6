import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { Catalogue } from "../../questionnaire/catalogue";
import type { Questionnaire } from "../../questionnaire/schema";
import type { Locale } from "../../i18n/locales";
import { languageName } from "../../i18n/language-names";
import { cachedInBuild } from "../build-cache";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import { loadCatalogue, questionnaireFiles, type QuestionnaireFile } from "../assessments/load-questionnaires";
import {
  localizeQuestionnaire,
  questionnaireParity,
  QuestionnaireTranslationSchema,
} from "./questionnaire-translation";

/** Where a language's translation of an English content file lives: the same path under i18n/<lang>/. */
export function translationPath(root: string, locale: Locale, englishFile: string): string {
  return join(root, "i18n", locale, relative(root, englishFile));
}

/**
 * One questionnaire in a language: its English file's translation, checked item by item against
 * it. A missing file or item fails the build naming file, language and id: a language that is
 * not complete cannot ship.
 */
function translated(
  root: string,
  locale: Exclude<Locale, "en">,
  { file, questionnaire }: QuestionnaireFile,
): Questionnaire {
  const path = translationPath(root, locale, file);
  const englishFile = displayPath(file);
  if (!existsSync(path))
    throw new ContentError(displayPath(path), [
      `(file): missing: ${englishFile} needs its ${languageName(locale)} translation here`,
    ]);
  const translation = parseWithFriendlyErrors(
    QuestionnaireTranslationSchema,
    readYaml(path, displayPath(path)),
    displayPath(path),
  );
  const problems = questionnaireParity(questionnaire, englishFile, translation, locale);
  if (problems.length > 0) throw new ContentError(displayPath(path), problems);
  return localizeQuestionnaire(questionnaire, translation);
}

/**
 * Every questionnaire version in a language, in the same order as loadCatalogue: the same ids,
 * versions, options and stages, so a link scores the same in any language.
 */
export const loadCatalogueIn = cachedInBuild(function loadCatalogueIn(
  locale: Locale,
  root: string = contentDir(),
): Catalogue {
  if (locale === "en") return loadCatalogue(root);
  loadCatalogue(root);
  const { current, archived } = questionnaireFiles(root);
  return [...current, ...archived].map((f) => translated(root, locale, f));
});

/** The questionnaires people can take today, in a language. */
export const loadCurrentQuestionnairesIn = cachedInBuild(function loadCurrentQuestionnairesIn(
  locale: Locale,
  root: string = contentDir(),
): Questionnaire[] {
  const current = new Set(
    questionnaireFiles(root).current.map((f) => `${f.questionnaire.id}@${f.questionnaire.version}`),
  );
  return loadCatalogueIn(locale, root).filter((q) => current.has(`${q.id}@${q.version}`));
});
