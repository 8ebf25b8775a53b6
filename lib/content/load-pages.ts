import { existsSync } from "node:fs";
import { join } from "node:path";
import { PageFrontmatterSchema, type SitePage } from "../site/page-schema";
import { summarise } from "../questionnaire/summary";
import { loadStageModelIn } from "./assessments/load-stage-model";
import { loadCurrentQuestionnairesIn } from "./i18n/load-translations";
import { cachedInBuild } from "./build-cache";
import { contentDir } from "./paths";
import { readMdx } from "./read-mdx";
import type { Locale } from "../i18n/locales";
import { translationPath } from "./i18n/read-translation";
import { PageTranslationSchema, translateMdx } from "./i18n/mdx-translation";
import { englishAnchors } from "./i18n/english-anchors";

/** A page written in content/pages/<slug>.mdx, such as the About page or the guide. */
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

/**
 * Whether a language has its own copy of a page. A page is translated as a whole file, and one
 * not translated yet (the guide while its translation is under way) is shown in English.
 */
export function hasPageIn(locale: Locale, slug: string, root: string = contentDir()): boolean {
  return locale === "en" || existsSync(translationPath(root, locale, join(root, "pages", `${slug}.mdx`)));
}

/** A page's section ids in a language, by the id its words would make: the English ones (english-anchors.ts). */
export function loadPageAnchorsIn(locale: Locale, slug: string, root: string = contentDir()): Record<string, string> {
  return locale === "en" ? {} : englishAnchors(loadPage(slug, root).body, loadPageIn(locale, slug, root).body);
}

/** The MDX components' context in a language. */
export function loadPageContextIn(locale: Locale) {
  return { model: loadStageModelIn(locale), assessments: loadCurrentQuestionnairesIn(locale).map(summarise), locale };
}
