import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { loadBibliographyIn, loadCitersIn } from "@/lib/content/library/load-sources";
import { messagesFor } from "@/lib/i18n/messages";
import { citedBy } from "@/lib/sources/citations";
import { SourceList } from "./source-list";

// /sources/ in German names what cites each work in German words: the kind of citer, the
// blunder's band, the area and the stages, and each title in its translation; an article German
// has not translated keeps its English title, marked English as the library marks it.
describe("SourceList in German", () => {
  const messages = messagesFor("de");
  const citers = loadCitersIn("de");
  const show = () => {
    const { container } = render(
      <SourceList
        messages={messages.articles}
        inEnglish={messages.chrome.inEnglish}
        entries={citedBy(loadBibliographyIn("de"), citers)}
      />,
    );
    return { text: container.textContent ?? "", items: [...container.querySelectorAll(".cited-by > li")] };
  };

  it("names recommendations and plan steps in German, with no English words written in code", () => {
    const { text } = show();
    expect(text).toContain("Empfehlung zu den Kardinalfehlern, ");
    expect(text).toMatch(/Schritt im Plan für den Weg, .+, von Stufe \d zu Stufe \d: „/);
    for (const english of ["Blunders recommendation", "Journey plan step", "(high)", "(watch)", "(healthy)", "stage"])
      expect(text).not.toContain(english);
  });

  it("shows every title but an untranslated article's in German, and marks those English", () => {
    const { items } = show();
    const english = citers.filter((c) => c.inEnglish);
    expect(english.length).toBeGreaterThan(0);
    const englishItems = items.filter((li) => li.querySelector("a[lang]"));
    expect(new Set(englishItems.map((li) => li.querySelector("a")?.textContent))).toEqual(
      new Set(english.map((c) => c.label)),
    );
    for (const li of englishItems) {
      expect(li.textContent).toMatch(/\(auf Englisch\)$/);
      expect(li.querySelector("a")?.getAttribute("href")).toMatch(/^\/articles\//);
    }
    // The German titles link to German pages.
    for (const li of items.filter((item) => !item.querySelector("a[lang]")))
      expect(li.querySelector("a")?.getAttribute("href")).toMatch(/^\/de\//);
  });
});
