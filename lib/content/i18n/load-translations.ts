import type { Catalogue } from "../../questionnaire/catalogue";
import type { Questionnaire } from "../../questionnaire/schema";
import type { Locale } from "../../i18n/locales";
import { cachedInBuild } from "../build-cache";
import { contentDir } from "../paths";
import { loadCatalogue, questionnaireFiles, type QuestionnaireFile } from "../assessments/load-questionnaires";
import {
  localizeQuestionnaire,
  questionnaireParity,
  QuestionnaireTranslationSchema,
  type QuestionnaireTranslation,
} from "./questionnaire-translation";
import { translate, type TranslationKind } from "./read-translation";

/** A questionnaire's translation, checked against its English version item by item. */
const QUESTIONNAIRE: TranslationKind<Questionnaire, QuestionnaireTranslation> = {
  schema: QuestionnaireTranslationSchema,
  parity: (english, t, at) => questionnaireParity(english, at.englishFile, t, at.locale),
  localize: localizeQuestionnaire,
};

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
  return [...current, ...archived].map((f) => loadQuestionnaireIn(locale, f, root));
});

/** One questionnaire file's translation, read and checked against it: one file of a language's completeness. */
export function loadQuestionnaireIn(locale: Locale, f: QuestionnaireFile, root: string = contentDir()): Questionnaire {
  return translate(QUESTIONNAIRE, f.questionnaire, f.file, locale, root);
}

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
