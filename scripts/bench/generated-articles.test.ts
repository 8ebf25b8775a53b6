import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadArticles, loadTags } from "../../lib/content/library/load-articles";
import { loadCurrentQuestionnaires } from "../../lib/content/assessments/load-questionnaires";
import { contentDir } from "../../lib/content/paths";
import { loadBibliography } from "../../lib/content/library/load-sources";
import { generatedArticle } from "./generated-articles";

const root = mkdtempSync(join(tmpdir(), "outside-in-generated-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("generatedArticle", () => {
  it("writes articles the real loader accepts: valid frontmatter, known tags and areas", () => {
    cpSync(contentDir(), root, { recursive: true });
    const vocabulary = {
      tags: loadTags(root).map((t) => t.id),
      areas: loadCurrentQuestionnaires(root).flatMap((q) => q.dimensions.map((d) => `${q.id}:${d.id}`)),
      sources: loadBibliography(root).sources.map((s) => s.id),
    };
    const before = loadArticles(root).length;
    for (let i = 0; i < 12; i += 1) {
      const { slug, text } = generatedArticle(i, vocabulary, "## A heading\n\nSome text.\n");
      writeFileSync(join(root, "articles", `${slug}.mdx`), text);
    }
    const articles = loadArticles(root);
    expect(articles).toHaveLength(before + 12);
    const generated = articles.filter((a) => a.slug.startsWith("generated-article-"));
    expect(new Set(generated.flatMap((a) => a.frontmatter.tags)).size).toBeGreaterThan(4);
    // The bibliography's cross-file checks pass with them citing it, as the build will run them.
    expect(() => loadBibliography(root)).not.toThrow();
  });

  it("numbers slugs so they sort and never clash with real articles", () => {
    expect(generatedArticle(0, { tags: ["a"], areas: ["q:a"], sources: ["s"] }, "").slug).toBe(
      "generated-article-0001",
    );
    expect(generatedArticle(999, { tags: ["a"], areas: ["q:a"], sources: ["s"] }, "").slug).toBe(
      "generated-article-1000",
    );
  });
});
