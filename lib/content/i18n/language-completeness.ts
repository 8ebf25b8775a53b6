import { existsSync } from "node:fs";
import { join } from "node:path";
import { SynonymsSchema } from "../../articles/search-schema";
import { languageName, type TranslatedLocale } from "../../i18n/language-names";
import { blundersOf, journeyOf } from "../../questionnaire/catalogue";
import { loadAreaStagesIn } from "../assessments/load-area-stages";
import { loadCombinedIn } from "../assessments/load-combined";
import { loadImportancePromptIn } from "../assessments/load-importance-prompt";
import { loadPromptsIn } from "../assessments/load-prompts";
import { loadCurrentQuestionnaires, questionnaireFiles } from "../assessments/load-questionnaires";
import { loadRecommendationsIn } from "../assessments/load-recommendations";
import { loadStageModelIn } from "../assessments/load-stage-model";
import { loadStepsIn } from "../assessments/load-steps";
import { loadArticlesIn, loadTagsIn } from "../library/load-articles";
import { loadBibliographyIn } from "../library/load-sources";
import { loadPageIn } from "../load-pages";
import { loadSiteIn } from "../load-site";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import { loadGlossary } from "./glossary";
import { pageSlugs, requiredFiles, strayFiles } from "./language-files";
import { loadQuestionnaireIn } from "./load-translations";

/** The fewest articles a language translates before it ships: those the plan and overviews link to most. */
export const MIN_TRANSLATED_ARTICLES = 5;

/** One file's problems, as the build reports them. */
export type FileProblems = { file: string; problems: string[] };

/** Runs one loader; a content error becomes that file's problems, any other error is a bug and is thrown. */
function attempt(load: () => unknown): FileProblems[] {
  try {
    load();
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [{ file: error.file, problems: error.problems }];
    throw error;
  }
}

/**
 * Every problem that keeps a language from shipping, file by file: each kind of translated
 * content read through the loader its pages use (questionnaires of every version, stages, area
 * stages, combined, topics, site, recommendations, plan steps, prompts (the importance prompt too), sources' notes, pages,
 * articles), its glossary, enough translated articles, and no stray file. Empty when complete.
 */
export function languageProblems(locale: TranslatedLocale, root: string = contentDir()): FileProblems[] {
  const current = loadCurrentQuestionnaires(root);
  const [journey, blunders] = [journeyOf(current), blundersOf(current)];
  const folder = displayPath(join(root, "i18n", locale));
  const synonyms = join(root, "i18n", locale, "search-synonyms.yaml");
  const translatedArticles = () => {
    const count = loadArticlesIn(locale, root).filter((a) => a.translated).length;
    if (count < MIN_TRANSLATED_ARTICLES)
      throw new ContentError(displayPath(join(root, "i18n", locale, "articles")), [
        `(folder): ${count} articles translated; the ${languageName(locale)} needs at least ${MIN_TRANSLATED_ARTICLES}, starting with those the plan links to`,
      ]);
  };
  const stray = strayFiles(root, locale, requiredFiles(root, { journey: journey?.id, blunders: blunders?.id }));
  const stages = attempt(() => loadStageModelIn(locale, root));
  const { current: currentFiles, archived } = questionnaireFiles(root);
  return [
    ...[...currentFiles, ...archived].flatMap((f) => attempt(() => loadQuestionnaireIn(locale, f, root))),
    ...attempt(() => loadGlossary(locale, stages.length === 0 ? loadStageModelIn(locale, root) : undefined, root)),
    ...stages,
    ...(journey ? attempt(() => loadAreaStagesIn(locale, journey, root)) : []),
    ...(journey ? attempt(() => loadStepsIn(locale, journey, root)) : []),
    ...(blunders ? attempt(() => loadRecommendationsIn(locale, blunders, root)) : []),
    ...attempt(() => loadCombinedIn(locale, current, root)),
    ...attempt(() => loadPromptsIn(locale, current, root)),
    ...attempt(() => loadImportancePromptIn(locale, root)),
    ...attempt(() => loadTagsIn(locale, root)),
    ...attempt(() => loadSiteIn(locale, root)),
    ...attempt(() => loadBibliographyIn(locale, root)),
    ...pageSlugs(root).flatMap((slug) => attempt(() => loadPageIn(locale, slug, root))),
    ...attempt(translatedArticles),
    ...(existsSync(synonyms)
      ? attempt(() =>
          parseWithFriendlyErrors(SynonymsSchema, readYaml(synonyms, displayPath(synonyms)), displayPath(synonyms)),
        )
      : []),
    ...(stray.length > 0
      ? [
          {
            file: folder,
            problems: stray.map((f) => `${f}: no English file has a translation here: move or rename it`),
          },
        ]
      : []),
  ];
}

/** The error a language that is not complete fails the build with: every file and problem at once. */
export class IncompleteLanguageError extends Error {
  constructor(
    readonly locale: TranslatedLocale,
    readonly files: FileProblems[],
  ) {
    const lines = files.flatMap(({ file, problems }) => problems.map((p) => `  ${file}: ${p}`));
    super(`The ${languageName(locale)} translation is not complete (${lines.length} to fix):\n${lines.join("\n")}`);
    this.name = "IncompleteLanguageError";
  }
}

/** Fails, naming every file, language and id to fix, unless the language is complete. */
export function assertLanguageComplete(locale: TranslatedLocale, root: string = contentDir()): void {
  const files = languageProblems(locale, root);
  if (files.length > 0) throw new IncompleteLanguageError(locale, files);
}
