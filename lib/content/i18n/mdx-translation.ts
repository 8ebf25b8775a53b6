import { existsSync } from "node:fs";
import { z } from "../../zod";
import { ArticleFrontmatterSchema } from "../../articles/schema";
import { languageName, type TranslatedLocale } from "../../i18n/language-names";
import { PageFrontmatterSchema } from "../../site/page-schema";
import { ContentError } from "../parse";
import { displayPath } from "../paths";
import { readMdx } from "../read-mdx";
import { bodyProblems } from "./mdx-parity";
import { treeParity } from "./text-tree";

/** Frontmatter of content/i18n/<lang>/articles/<slug>.mdx: the English article's slug is its file name. */
export const ArticleTranslationSchema = z.strictObject({
  /** The article's title; titles of books and posts inside it stay as published. */
  title: ArticleFrontmatterSchema.shape.title,
  /** One or two sentences for lists, feeds and search results. */
  summary: ArticleFrontmatterSchema.shape.summary,
});

/** Frontmatter of content/i18n/<lang>/pages/<slug>.mdx: the same fields as the English page. */
export const PageTranslationSchema = z.strictObject({
  /** The page's title. */
  title: PageFrontmatterSchema.shape.title,
  /** One or two sentences for search results and link previews. */
  summary: PageFrontmatterSchema.shape.summary,
});

/** What an MDX file holds that a translation replaces: its title, summary and body. */
type Mdx = { file: string; frontmatter: { title: string; summary: string }; body: string };

/**
 * An English MDX file in a language: its translation at `path` read, checked against the
 * English (title, summary, the body's headings, components and links) and put in place. Dates,
 * tags, sources and areas stay the English's; `file` names the translation, so a body that does
 * not compile is reported where it was written.
 */
export function translateMdx<E extends Mdx>(
  english: E,
  path: string,
  schema: z.ZodType<{ title: string; summary: string }>,
  locale: TranslatedLocale,
): E {
  const language = languageName(locale);
  if (!existsSync(path))
    throw new ContentError(displayPath(path), [
      `(file): missing: ${english.file} needs its ${language} translation here`,
    ]);
  const { file, frontmatter, body } = readMdx(path, schema);
  const at = { englishFile: english.file, language };
  const problems = [
    ...treeParity({ title: english.frontmatter.title, summary: english.frontmatter.summary }, frontmatter, at),
    ...bodyProblems(english.body, body),
  ];
  if (problems.length > 0) throw new ContentError(file, problems);
  return { ...english, file, frontmatter: { ...english.frontmatter, ...frontmatter }, body };
}
