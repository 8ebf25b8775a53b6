import { join } from "node:path";
import { PageFrontmatterSchema, type PageFrontmatter } from "../site/page-schema";
import { cachedInBuild } from "./build-cache";
import { contentDir } from "./paths";
import { readMdx } from "./read-mdx";
import type { Locale } from "../i18n/locales";
import { translationPath } from "./i18n/read-translation";
import { PageTranslationSchema, translateMdx } from "./i18n/mdx-translation";

export type SitePage = { slug: string; file: string; frontmatter: PageFrontmatter; body: string };

/** A page written in content/pages/<slug>.mdx, such as the About page. */
export const loadPage = cachedInBuild(function loadPage(slug: string, root: string = contentDir()): SitePage {
  return { slug, ...readMdx(join(root, "pages", `${slug}.mdx`), PageFrontmatterSchema) };
});

/** A page in a language: its translation must exist, with the English page's headings and components. */
export const loadPageIn = cachedInBuild(function loadPageIn(
  locale: Locale,
  slug: string,
  root: string = contentDir(),
): SitePage {
  const english = loadPage(slug, root);
  if (locale === "en") return english;
  const path = translationPath(root, locale, join(root, "pages", `${slug}.mdx`));
  return translateMdx(english, path, PageTranslationSchema, locale);
});
