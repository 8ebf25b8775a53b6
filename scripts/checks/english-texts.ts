import { relative } from "node:path";
import { loadCurrentQuestionnaires, questionnaireFiles } from "../../lib/content/assessments/load-questionnaires";
import { loadGlossary } from "../../lib/content/i18n/glossary";
import { pageSlugs } from "../../lib/content/i18n/language-files";
import { loadQuestionnaireIn } from "../../lib/content/i18n/load-translations";
import type { TextTree } from "../../lib/content/i18n/text-tree";
import { loadArticlesIn } from "../../lib/content/library/load-articles";
import { loadBibliographyIn } from "../../lib/content/library/load-sources";
import { loadSiteIn } from "../../lib/content/load-site";
import { hasPageIn, loadPageIn } from "../../lib/content/load-pages";
import { contentDir } from "../../lib/content/paths";
import { leakDictionary, type EnglishText, type LeakDictionary } from "../../lib/i18n/english-leaks";
import type { TranslatedLocale } from "../../lib/i18n/language-names";
import type { Locale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import { questionnaireTexts } from "../../test/marked-translations";
import { YAML_KINDS } from "../../test/translation-kinds";

/** Every text of a tree (a message module, a content file's texts), named by file and key path. */
function textsOf(tree: unknown, from: string, path = ""): EnglishText[] {
  if (typeof tree === "string") return [{ text: tree, from: `${from}: ${path}` }];
  if (!tree || typeof tree !== "object") return [];
  return Object.entries(tree).flatMap(([k, v]) => textsOf(v, from, path ? `${path}.${k}` : k));
}

const kebab = (area: string) => area.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Every text a page in `locale` may show, named by where it is written: the interface messages
 * of every area, and the content's translatable texts (questionnaires of every version, stages,
 * area stages, combined, topics, site, recommendations, plan steps, prompts, sources' notes,
 * articles' and pages' titles and summaries). Article bodies are not here: an untranslated one
 * is shown in English on purpose, marked `lang="en"`.
 */
export function pageTexts(locale: Locale, root: string = contentDir()): EnglishText[] {
  const messages = Object.entries(messagesFor(locale)).flatMap(([area, strings]) =>
    textsOf(strings, `lib/i18n/messages/${locale}/${kebab(area)}.ts`, area),
  );
  const current = loadCurrentQuestionnaires(root);
  const { current: files, archived } = questionnaireFiles(root);
  const where = (file: string) => (locale === "en" ? `content/${file}` : `content/i18n/${locale}/${file}`);
  const questionnaires = [...files, ...archived].flatMap((f) =>
    textsOf(
      questionnaireTexts(locale === "en" ? f.questionnaire : loadQuestionnaireIn(locale, f, root)),
      where(relative(root, f.file)),
    ),
  );
  const kinds = YAML_KINDS.flatMap((k) => {
    const tree: TextTree = locale === "en" ? k.texts(root, current) : k.textsIn(root, locale, current);
    return textsOf(tree, where(k.file));
  });
  const articles = loadArticlesIn(locale, root)
    .filter((a) => a.translated)
    .flatMap((a) =>
      textsOf({ title: a.frontmatter.title, summary: a.frontmatter.summary }, where(`articles/${a.slug}.mdx`)),
    );
  const pages = pageSlugs(root)
    .filter((slug) => hasPageIn(locale, slug, root))
    .flatMap((slug) => {
      const { title, summary } = loadPageIn(locale, slug, root).frontmatter;
      return textsOf({ title, summary }, where(`pages/${slug}.mdx`));
    });
  return [...messages, ...questionnaires, ...kinds, ...articles, ...pages];
}

/** Every string of a value, as a language's content keeps it (titles and names of sources stay as published). */
const stringsOf = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : value && typeof value === "object"
      ? Object.values(value).flatMap(stringsOf)
      : [];

/**
 * What a language writes itself: its texts, its glossary (terms it keeps in English), what its
 * content keeps as published (sources' titles and authors, the site's name) and the bodies of
 * its translated articles and pages (a quoted English title there is the author's choice).
 */
export function ownTexts(locale: TranslatedLocale, root: string = contentDir()): string[] {
  const glossary = loadGlossary(locale, undefined, root).terms.map((t) => t.translation);
  const bodies = [
    ...loadArticlesIn(locale, root).filter((a) => a.translated),
    ...pageSlugs(root)
      .filter((slug) => hasPageIn(locale, slug, root))
      .map((slug) => loadPageIn(locale, slug, root)),
  ].map((a) => a.body);
  const kept = [...stringsOf(loadBibliographyIn(locale, root)), ...stringsOf(loadSiteIn(locale, root))];
  return [...pageTexts(locale, root).map((t) => t.text), ...glossary, ...kept, ...bodies];
}

/**
 * The English a page in `locale` must not show: every English text (and `more`, such as what the
 * English pages show), less what the language writes itself (names, "OK", terms kept in English).
 */
export function dictionaryFor(
  locale: TranslatedLocale,
  more: EnglishText[] = [],
  root: string = contentDir(),
): LeakDictionary {
  return leakDictionary([...pageTexts("en", root), ...more], ownTexts(locale, root));
}
