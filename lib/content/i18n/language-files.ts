import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { TranslatedLocale } from "../../i18n/language-names";
import { questionnaireFiles } from "../assessments/load-questionnaires";

/**
 * What a language's folder may hold besides the translations the loaders read: the translators'
 * own records, which no page shows. The back-translations into English (made without looking at
 * the English) and the log reconciling them, and the account of how the translation was made.
 */
const RECORDS = ["back-translations/", "reconciliation.md", "TRANSLATION.md"];

/** Files whose translation is optional: articles (checked by slug) and the language's search synonyms. */
const OPTIONAL = ["articles/", "search-synonyms.yaml"];

/** Every file under `dir`, as paths relative to it written with "/". */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** The English pages (content/pages/*.mdx) by slug: each needs its translation. */
export const pageSlugs = (root: string) =>
  filesUnder(join(root, "pages"))
    .filter((f) => f.endsWith(".mdx") && !f.includes("/"))
    .map((f) => f.slice(0, -".mdx".length));

/** The files a complete language holds, relative to content/i18n/<lang>/: one per English file it translates. */
export function requiredFiles(root: string, questionnaireIds: { blunders?: string; journey?: string }): string[] {
  const { current, archived } = questionnaireFiles(root);
  return [
    "glossary.yaml",
    ...[...current, ...archived].map((f) => relative(root, f.file).split(sep).join("/")),
    "stages.yaml",
    "area-stages.yaml",
    "combined.yaml",
    "topics.yaml",
    "site.yaml",
    "sources.yaml",
    "team/prompts.yaml",
    "team/importance-prompt.yaml",
    ...(questionnaireIds.blunders ? [`recommendations/${questionnaireIds.blunders}.yaml`] : []),
    ...(questionnaireIds.journey ? [`recommendations/${questionnaireIds.journey}-steps.yaml`] : []),
    ...pageSlugs(root).map((slug) => `pages/${slug}.mdx`),
  ];
}

/**
 * Files in a language's folder that no loader reads and that are not the translators' records:
 * a misspelt or misplaced translation would otherwise be silently ignored while its English
 * stayed untranslated.
 */
export function strayFiles(root: string, locale: TranslatedLocale, required: readonly string[]): string[] {
  const known = new Set(required);
  const allowed = (f: string) =>
    known.has(f) || [...RECORDS, ...OPTIONAL].some((p) => (p.endsWith("/") ? f.startsWith(p) : f === p));
  return filesUnder(join(root, "i18n", locale)).filter((f) => !allowed(f));
}
