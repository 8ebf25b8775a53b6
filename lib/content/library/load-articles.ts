import { readdirSync } from "node:fs";
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

export const loadTags = cachedInBuild(function loadTags(root: string = contentDir()): Tag[] {
  const path = join(root, "topics.yaml");
  const topics = parseWithFriendlyErrors(TopicsSchema, readYaml(path, displayPath(path)), displayPath(path));
  return tagVocabulary(loadCurrentQuestionnaires(root), topics);
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
