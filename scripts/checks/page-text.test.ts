import { describe, expect, it } from "vitest";
import { pageText } from "./page-text";

const page = (body: string) =>
  `<!DOCTYPE html><html lang="de-DE"><head><title>Titel</title><meta name="description" content="Beschreibung"/>` +
  `<style>.a{color:red}</style></head><body>${body}<script src="/x.js"></script></body></html>`;

describe("what a reader meets in an exported page", () => {
  it("reads text, shown attributes and the description, not scripts, styles or comments", () => {
    const text = pageText(
      page(
        `<p>Hallo <b>Welt</b><!-- --> &amp; mehr</p><button aria-label="Schließen" title="Zu">x</button>` +
          `<img alt="Bild" src="a.png"/><input type="submit" value="Senden"/><input type="text" value="getippt"/>` +
          `<script>var a = "<p>not text</p>";</script>`,
      ),
    );
    expect(text).toEqual([
      "Titel",
      "Beschreibung",
      "Hallo ",
      "Welt",
      " & mehr",
      "Schließen",
      "Zu",
      "x",
      "Bild",
      "Senden",
    ]);
  });

  it("reads the strings an island's props will show, not its ids and addresses", () => {
    const props = JSON.stringify({ title: "Ihr Plan", id: "leadership", href: "/de/results/", n: 3 });
    const text = pageText(
      page(`<div data-island="x"></div><script type="application/json" data-island-props="x">${props}</script>`),
    );
    expect(text).toEqual(["Titel", "Beschreibung", "Ihr Plan"]);
  });

  it("leaves out the props' titles of articles the island lists as English, and reads the others", () => {
    const props = JSON.stringify({
      content: {
        articleTitles: { a: "Sechs Stufen", b: "Small gestures of loyalty" },
        englishArticles: ["b"],
      },
      other: { articleTitles: { c: "Walk the talk" } },
    });
    const text = pageText(
      page(`<div data-island="x"></div><script type="application/json" data-island-props="x">${props}</script>`),
    );
    expect(text).toEqual(["Titel", "Beschreibung", "Sechs Stufen", "Walk the talk"]);
  });

  it("leaves out what is marked English, and reads on after it", () => {
    const text = pageText(
      page(
        `<ul><li><a lang="en" title="English title" href="/a/">Six stages</a> (auf Englisch)</li></ul><p>Weiter</p>`,
      ),
    );
    expect(text).toEqual(["Titel", "Beschreibung", " (auf Englisch)", "Weiter"]);
    // An English page's text is read whole when asked, as the check's second source.
    expect(pageText(`<html lang="en-GB"><body><p>Key takeaways</p></body></html>`, { english: true })).toEqual([
      "Key takeaways",
    ]);
    expect(pageText(`<html lang="en-GB"><body><p>Key takeaways</p></body></html>`)).toEqual([]);
    // Less what it marks another language: the switch's "Deutsch" is no English another page leaks.
    const switched = `<html lang="en-GB"><body><nav aria-label="Language"><a lang="de-DE">Deutsch</a></nav><template><div lang="fr-FR"><p>Lire en français</p></div></template><p>Key takeaways</p></body></html>`;
    expect(pageText(switched, { english: true })).toEqual(["Language", "Key takeaways"]);
  });
});
