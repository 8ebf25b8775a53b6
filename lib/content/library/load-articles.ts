import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ArticleFrontmatterSchema } from "../../articles/schema";
import type { ArticleSource } from "../../articles/types";
import { tagVocabulary, TopicsSchema, type Tag } from "../../articles/taxonomy";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { loadCurrentQuestionnaires } from "../assessments/load-questionnaires";
import { readMdx } from "../read-mdx";
import { readYaml } from "../read-yaml";
import { cachedInBuild } from "../build-cache";
import type { Locale } from "../../i18n/locales";
import { loadCurrentQuestionnairesIn } from "../i18n/load-translations";
import { ArticleTranslationSchema, translateMdx } from "../i18n/mdx-translation";
import { translate, translationPath } from "../i18n/read-translation";
import { TOPICS, type Topics } from "../i18n/topics-translation";

/** content/topics.yaml: the article tags beyond the questionnaires' areas. */
export const loadTopics = cachedInBuild(function loadTopics(root: string = contentDir()): Topics {
  const path = join(root, "topics.yaml");
  return parseWithFriendlyErrors(TopicsSchema, readYaml(path, displayPath(path)), displayPath(path));
});

export const loadTags = cachedInBuild(function loadTags(root: string = contentDir()): Tag[] {
  return tagVocabulary(loadCurrentQuestionnaires(root), loadTopics(root));
});

/** The tags in a language: the areas named as the translated questionnaires name them, and the topics translated. */
export const loadTagsIn = cachedInBuild(function loadTagsIn(locale: Locale, root: string = contentDir()): Tag[] {
  const topics = translate(TOPICS, loadTopics(root), join(root, "topics.yaml"), locale, root);
  return tagVocabulary(loadCurrentQuestionnairesIn(locale, root), topics);
});

function readArticle(path: string, slug: string, tags: Set<string>, areas: Set<string>): ArticleSource {
  const { file, frontmatter, body } = readMdx(path, ArticleFrontmatterSchema);
  const problems = [
    ...frontmatter.tags.flatMap((t, i) => (tags.has(t) ? [] : [`tags[${i}]: unknown tag "${t}"`])),
    ...frontmatter.areas.flatMap((a, i) => (areas.has(a) ? [] : [`areas[${i}]: unknown assessment area "${a}"`])),
  ];
  if (problems.length > 0) throw new ContentError(file, problems);
  return { slug, file, frontmatter, body };
}

/** Every article, newest first. Any invalid file fails the whole load: nothing is skipped. */
export const loadArticles = cachedInBuild(function loadArticles(root: string = contentDir()): ArticleSource[] {
  const dir = join(root, "articles");
  const tags = new Set(loadTags(root).map((t) => t.id));
  const areas = new Set(loadCurrentQuestionnaires(root).flatMap((q) => q.dimensions.map((d) => `${q.id}:${d.id}`)));
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const slug = name.slice(0, -4);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
        throw new ContentError(displayPath(join(dir, name)), ["(file name): must be kebab-case"]);
      return readArticle(join(dir, name), slug, tags, areas);
    })
    .sort((a, b) => b.frontmatter.published.localeCompare(a.frontmatter.published) || a.slug.localeCompare(b.slug));
});

/** An article in a language: its translation where the language has one, else the English. */
export type ArticleIn = ArticleSource & {
  /** False when the language has no translation of it yet, so the English is shown and says so; true in English. */
  translated: boolean;
};

/**
 * Every article in a language, in the English order. A translation takes its English article's
 * slug as its file name, and is checked against it (title, summary, headings, components,
 * links); an article not yet translated is the English one, marked `translated: false`.
 */
export const loadArticlesIn = cachedInBuild(function loadArticlesIn(
  locale: Locale,
  root: string = contentDir(),
): ArticleIn[] {
  const english = loadArticles(root);
  if (locale === "en") return english.map((a) => ({ ...a, translated: true }));
  const dir = translationPath(root, locale, join(root, "articles"));
  const slugs = new Set(
    existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => n.endsWith(".mdx"))
          .map((n) => n.slice(0, -4))
      : [],
  );
  for (const slug of slugs)
    if (!english.some((a) => a.slug === slug))
      throw new ContentError(displayPath(join(dir, `${slug}.mdx`)), [
        `(file name): no English article "${slug}" in ${displayPath(join(root, "articles"))}: a translation takes its English article's file name`,
      ]);
  return english.map((a) =>
    slugs.has(a.slug)
      ? { ...translateMdx(a, join(dir, `${a.slug}.mdx`), ArticleTranslationSchema, locale), translated: true }
      : { ...a, translated: false },
  );
});
