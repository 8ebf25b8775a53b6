import { join } from "node:path";
import { blundersOf, journeyOf } from "../../questionnaire/catalogue";
import { citationProblems, type Citer } from "../../sources/citations";
import { BibliographySchema, type Bibliography } from "../../sources/schema";
import { cachedInBuild } from "../build-cache";
import { loadArticles } from "./load-articles";
import { loadCurrentQuestionnaires } from "../assessments/load-questionnaires";
import { loadRecommendations } from "../assessments/load-recommendations";
import { loadSteps } from "../assessments/load-steps";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import type { Locale } from "../../i18n/locales";
import { translate } from "../i18n/read-translation";
import { SOURCES } from "../i18n/sources-translation";

/** Everything in content/ that cites sources: articles, the blunders recommendations and the plan steps. */
export function loadCiters(root: string = contentDir()): Citer[] {
  const current = loadCurrentQuestionnaires(root);
  const articles: Citer[] = loadArticles(root).map((a) => ({
    file: a.file,
    field: "sources",
    ids: a.frontmatter.sources,
    label: a.frontmatter.title,
    href: `/articles/${a.slug}/`,
  }));
  const blunders = blundersOf(current);
  const recommendations: Citer[] = blunders
    ? loadRecommendations(blunders, root).items.map((item, i) => ({
        file: displayPath(join(root, "recommendations", `${blunders.id}.yaml`)),
        field: `items[${i}].sources`,
        ids: item.sources ?? [],
        credit: { field: `items[${i}].why`, text: item.why },
        label: `Blunders recommendation, ${blunders.dimensions.find((d) => d.id === item.dimension)?.name ?? item.dimension} (${item.band}): “${item.title}”`,
        href: `/${blunders.id}/`,
      }))
    : [];
  const journey = journeyOf(current);
  const steps: Citer[] = journey
    ? loadSteps(journey, root).steps.map((step, i) => ({
        file: displayPath(join(root, "recommendations", `${journey.id}-steps.yaml`)),
        field: `steps[${i}].sources`,
        ids: step.sources ?? [],
        credit: { field: `steps[${i}].why`, text: step.why },
        label: `Journey plan step, ${journey.dimensions.find((d) => d.id === step.dimension)?.name ?? step.dimension}, stage ${step.from} to ${step.to}: “${step.title}”`,
        href: `/${journey.id}/`,
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
