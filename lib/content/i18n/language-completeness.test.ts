import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { LOCALES, SHIPPING_LOCALES } from "../../i18n/locales";
import { loadArticles, loadArticlesIn } from "../library/load-articles";
import { IncompleteLanguageError, languageProblems } from "./language-completeness";
import { shippingLocales } from "./shipping";
import {
  englishContentCopy,
  markedMdx,
  writeCompleteLanguage,
  writeTranslation,
} from "../../../test/marked-translations";

let root = "";
beforeEach(() => {
  root = englishContentCopy();
});

/** Problems as an author reads them: paths in the real tree, whatever temporary folder the test used. */
const problems = () =>
  languageProblems("de", root).flatMap(({ file, problems }) =>
    problems.map((p) => `${file}: ${p}`.split(relative(process.cwd(), root)).join("content")),
  );

describe("a language's completeness", () => {
  it("holds when every kind is translated, whatever records the translators keep beside it", () => {
    writeCompleteLanguage(root, "de");
    writeTranslation(root, "de", "back-translations/questionnaires/journey.yaml", "title: not read\n");
    writeTranslation(root, "de", "reconciliation.md", "# Log\n");
    writeTranslation(root, "de", "TRANSLATION.md", "# How\n");
    expect(problems()).toEqual([]);
  });

  it("fails naming every file to fix: each kind missing, and too few articles", () => {
    mkdirSync(join(root, "i18n", "de"), { recursive: true });
    expect(problems()).toMatchSnapshot();
  });

  it("fails for a stray file, which would otherwise leave its English untranslated unnoticed", () => {
    writeCompleteLanguage(root, "de");
    writeTranslation(root, "de", "recommendation/blunders.yaml", "items: {}\n");
    expect(problems()).toEqual([
      "content/i18n/de: recommendation/blunders.yaml: no English file has a translation here: move or rename it",
    ]);
  });

  it("fails for fewer than five translated articles, or an article no English article is named like", () => {
    writeCompleteLanguage(root, "de", 4);
    const english = loadArticles(root)[0]?.slug ?? "";
    writeTranslation(root, "de", "articles/no-such-article.mdx", markedMdx(join(root, "articles", `${english}.mdx`)));
    expect(problems()).toEqual([
      `content/i18n/de/articles/no-such-article.mdx: (file name): no English article "no-such-article" in content/articles: a translation takes its English article's file name`,
    ]);
    rmSync(join(root, "i18n", "de", "articles", "no-such-article.mdx"));
    expect(problems()).toEqual([
      "content/i18n/de/articles: (folder): 4 articles translated; the German needs at least 5, starting with those the plan links to",
    ]);
  });

  it("keeps an untranslated article in English, marked so, and a translated one in its own words", () => {
    writeCompleteLanguage(root, "de", 5);
    const [en, de] = [loadArticles(root), loadArticlesIn("de", root)];
    expect(de.map((a) => a.slug)).toEqual(en.map((a) => a.slug));
    expect(de.filter((a) => a.translated)).toHaveLength(5);
    for (const [i, a] of de.entries()) {
      expect(a.frontmatter.published).toBe(en[i]?.frontmatter.published);
      expect(a.frontmatter.title).toBe(a.translated ? `«${en[i]?.frontmatter.title}»` : en[i]?.frontmatter.title);
    }
  });

  it("fails when an article's body loses a heading, and when the glossary misses a stage name", () => {
    writeCompleteLanguage(root, "de");
    const slug = loadArticles(root)[0]?.slug ?? "";
    const body = markedMdx(join(root, "articles", `${slug}.mdx`)).replace(/^## .*$/m, "");
    writeFileSync(join(root, "i18n", "de", "articles", `${slug}.mdx`), body);
    writeTranslation(root, "de", "glossary.yaml", { language: "de", terms: [{ en: "stage", de: "Stufe" }] });
    expect(problems()).toMatchSnapshot();
  });

  it("fails when the glossary's terms are not under the language's own key", () => {
    writeCompleteLanguage(root, "de");
    writeFileSync(
      join(root, "i18n", "de", "glossary.yaml"),
      stringify({ language: "de", terms: [{ en: "stage", fr: "étape" }] }),
    );
    expect(problems()).toEqual([
      "content/i18n/de/glossary.yaml: terms[0].fr: not a glossary field: use en, de and note",
      "content/i18n/de/glossary.yaml: terms[0].de: missing: the German term",
    ]);
  });
});

describe("the shipping languages", () => {
  it("are languages of the site, English first", () => {
    expect(SHIPPING_LOCALES[0]).toBe("en");
    for (const locale of SHIPPING_LOCALES) expect(LOCALES).toContain(locale);
  });

  it("are each complete in the real content", () => {
    for (const locale of SHIPPING_LOCALES) if (locale !== "en") expect(languageProblems(locale), locale).toEqual([]);
  });

  it("keep an incomplete language from the build, naming what to fix", () => {
    writeCompleteLanguage(root, "de");
    expect(shippingLocales(root, ["en", "de"])).toEqual(["en", "de"]);
    rmSync(join(root, "i18n", "de", "stages.yaml"));
    expect(() => shippingLocales(root, ["en", "de"])).toThrow(IncompleteLanguageError);
    expect(() => shippingLocales(root, ["en", "de"])).toThrow(
      /German translation is not complete.*\n.*stages\.yaml: \(file\): missing/,
    );
  });
});
