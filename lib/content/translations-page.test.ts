import { describe, expect, it } from "vitest";
import { loadCurrentQuestionnaires } from "./assessments/load-questionnaires";
import { loadGlossary } from "./i18n/glossary";
import { TRANSLATED_LOCALES } from "./i18n/site-locales";
import { loadArticlesIn } from "./library/load-articles";
import { hasPageIn, loadPage, loadPageIn } from "./load-pages";

// The page that says how each language was translated (content/pages/translations.mdx) states
// figures from the translators' records and from content/. These tests hold its figures to the
// files they count, so a grown glossary or a newly translated article makes the page say so.
const english = loadPage("translations");
const figure = (pattern: RegExp) => english.body.match(pattern)?.slice(1).map(Number);

describe("the page on how the languages were translated", () => {
  it("is translated into every language, with the English's headings, components and links", () => {
    for (const locale of TRANSLATED_LOCALES) {
      expect(hasPageIn(locale, "translations"), locale).toBe(true);
      // loadPageIn holds a translation to the English's structure and throws, naming the file, if not.
      expect(loadPageIn(locale, "translations").frontmatter.title, locale).not.toBe(english.frontmatter.title);
    }
  });

  it("states the status the project gives every translation", () => {
    expect(english.body).toContain(
      "German, French and Spanish: translated and reviewed by the project, not yet tested with native-speaking leaders.",
    );
  });

  it("gives each glossary's real number of terms", () => {
    const said = figure(/German glossary holds (\d+) terms, the French (\d+) and the Spanish (\d+)\./);
    // TRANSLATED_LOCALES is German, French, Spanish: the order the sentence names them in.
    expect(said).toEqual(TRANSLATED_LOCALES.map((l) => loadGlossary(l).terms.length));
  });

  it("counts the translators' notes of the current questionnaires", () => {
    const said = figure(/Each of the (\d+) questions .* \((\d+) in the journey, (\d+) in the five service blunders\)/);
    const noted = (id: string) =>
      loadCurrentQuestionnaires()
        .find((q) => q.id === id)
        ?.questions.filter((q) => q.translatorNote).length;
    const [journey = 0, blunders = 0] = [noted("journey"), noted("blunders")];
    expect(said).toEqual([journey + blunders, journey, blunders]);
  });

  it("names the articles each language has translated, the same in all three", () => {
    const translated = TRANSLATED_LOCALES.map((l) =>
      loadArticlesIn(l)
        .filter((a) => a.translated)
        .map((a) => a.slug),
    );
    for (const slugs of translated) expect(slugs).toEqual(translated[0]);
    const titles = loadArticlesIn("en").filter((a) => translated[0]?.includes(a.slug));
    expect(english.body).toContain(`**Most articles.** Seven articles`);
    expect(titles).toHaveLength(7);
    for (const a of titles) expect(english.body).toContain(`"${a.frontmatter.title}"`);
  });
});
