import { join } from "node:path";
import { blundersOf, journeyOf } from "../../questionnaire/catalogue";
import { citationProblems, type Citer } from "../../sources/citations";
import { BibliographySchema, type Bibliography } from "../../sources/schema";
import { cachedInBuild } from "../build-cache";
import { loadArticles, loadArticlesIn } from "./load-articles";
import { loadCurrentQuestionnaires } from "../assessments/load-questionnaires";
import { loadRecommendations, loadRecommendationsIn } from "../assessments/load-recommendations";
import { loadSteps, loadStepsIn } from "../assessments/load-steps";
import { loadCurrentQuestionnairesIn } from "../i18n/load-translations";
import { fill } from "../../i18n/format";
import { messagesFor } from "../../i18n/messages";
import { articlePath, localePath } from "../../i18n/paths";
import type { Questionnaire } from "../../questionnaire/schema";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import type { Locale } from "../../i18n/locales";
import { translate } from "../i18n/read-translation";
import { SOURCES } from "../i18n/sources-translation";

/** Everything in content/ that cites sources: articles, the blunders recommendations and the plan steps. */
export function loadCiters(root: string = contentDir()): Citer[] {
  return citersIn("en", root);
}

/**
 * What cites sources, as a language's /sources/ lists it: titles, areas and bands in its words,
 * and an article it has not translated by its English title, marked `inEnglish`. The same
 * citers in the same order as loadCiters, which the build checks.
 */
export const loadCitersIn = cachedInBuild(function loadCitersIn(locale: Locale, root: string = contentDir()): Citer[] {
  return citersIn(locale, root);
});

function citersIn(locale: Locale, root: string): Citer[] {
  const english = locale === "en";
  const words = messagesFor(locale).articles.sourcesPage;
  const current = loadCurrentQuestionnaires(root);
  // The questionnaires in the language, for the areas' names; the English ones load the content.
  const shown = english ? current : loadCurrentQuestionnairesIn(locale, root);
  const areaName = (q: Questionnaire | undefined, id: string) => q?.dimensions.find((d) => d.id === id)?.name ?? id;
  const articles: Citer[] = (
    english ? loadArticles(root).map((a) => ({ ...a, translated: true })) : loadArticlesIn(locale, root)
  ).map((a) => ({
    file: a.file,
    field: "sources",
    ids: a.frontmatter.sources,
    label: a.frontmatter.title,
    href: articlePath(locale, a.slug, a.translated),
    ...(!a.translated && { inEnglish: true }),
  }));
  const blunders = blundersOf(current);
  const recommendations: Citer[] = blunders
    ? (english ? loadRecommendations(blunders, root) : loadRecommendationsIn(locale, blunders, root)).items.map(
        (item, i) => ({
          file: displayPath(join(root, "recommendations", `${blunders.id}.yaml`)),
          field: `items[${i}].sources`,
          ids: item.sources ?? [],
          credit: { field: `items[${i}].why`, text: item.why },
          label: fill(words.recommendation, {
            area: areaName(blundersOf(shown), item.dimension),
            band: words.bands[item.band],
            title: item.title,
          }),
          href: localePath(locale, `/${blunders.id}/`),
        }),
      )
    : [];
  const journey = journeyOf(current);
  const steps: Citer[] = journey
    ? (english ? loadSteps(journey, root) : loadStepsIn(locale, journey, root)).steps.map((step, i) => ({
        file: displayPath(join(root, "recommendations", `${journey.id}-steps.yaml`)),
        field: `steps[${i}].sources`,
        ids: step.sources ?? [],
        credit: { field: `steps[${i}].why`, text: step.why },
        label: fill(words.step, {
          area: areaName(journeyOf(shown), step.dimension),
          from: step.from,
          to: step.to,
          title: step.title,
        }),
        href: localePath(locale, `/${journey.id}/`),
      }))
    : [];
  return [...articles, ...recommendations, ...steps];
}

/**
 * The one bibliography, content/sources.yaml, checked against everything that cites it: the
 * build fails, naming file and field, on an unknown id, a recommendation that cites a source
 * without naming it, or a source nobody cites.
 */
export const loadBibliography = cachedInBuild(function loadBibliography(root: string = contentDir()): Bibliography {
  const path = join(root, "sources.yaml");
  const file = displayPath(path);
  const bibliography = parseWithFriendlyErrors(BibliographySchema, readYaml(path, file), file);
  const [first] = citationProblems(bibliography, file, loadCiters(root));
  if (first) throw new ContentError(first.file, first.problems);
  return bibliography;
});

/** The bibliography in a language: each note translated; titles, authors and publications as published. */
export const loadBibliographyIn = cachedInBuild(function loadBibliographyIn(
  locale: Locale,
  root: string = contentDir(),
): Bibliography {
  return translate(SOURCES, loadBibliography(root), join(root, "sources.yaml"), locale, root);
});
