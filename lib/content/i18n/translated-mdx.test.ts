import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileArticle } from "../library/compile-article";
import { contentDir, displayPath } from "../paths";
import { readMdx } from "../read-mdx";
import { ArticleTranslationSchema, PageTranslationSchema } from "./mdx-translation";

/** Every translated article and page in content/i18n/, whether or not its language ships yet. */
function translatedMdx(): { path: string; page: boolean }[] {
  const root = join(contentDir(), "i18n");
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((lang) =>
    ["articles", "pages"].flatMap((kind) => {
      const dir = join(root, lang, kind);
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((name) => name.endsWith(".mdx"))
        .map((name) => ({ path: join(dir, name), page: kind === "pages" }));
    }),
  );
}

// The loaders check a translation's structure against its English; whether its body compiles is
// only found when a page renders it, which for a language not yet shipping is never. So compile
// them all here, and a translator learns of an unclosed tag before the language ships.
describe("every translated MDX file", () => {
  const files = translatedMdx();

  it.each(files.map((f) => [displayPath(f.path), f] as const))("%s compiles", async (_path, { path, page }) => {
    const { file, body } = readMdx(path, page ? PageTranslationSchema : ArticleTranslationSchema);
    await expect(compileArticle(body, file, {})).resolves.toBeDefined();
  });
});
