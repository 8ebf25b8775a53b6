import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { loadReportContentIn } from "@/lib/content/assessments/load-report-content";
import { loadCatalogueIn, loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { loadLibraryIn } from "@/lib/content/library/load-library";
import { loadTagsIn } from "@/lib/content/library/load-articles";
import { messagesFor } from "@/lib/i18n/messages";
import { teamViewMessages } from "@/lib/i18n/messages/team-view";
import { encodeFragment } from "@/lib/link/fragment";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { teamContentFixture } from "@/test/team-content";
import { teamCatalogue, teamLinkIn } from "@/test/team-links";
import { TaggedArticles } from "@/components/overview/tagged-articles";
import { ResultsView } from "@/components/results/results-view";
import { TeamView } from "@/components/workshop/team-view";

// An article a language has not translated yet is linked by its English title wherever articles
// are listed: the title marked English (lang) and followed by the library's mark, as the library
// lists it, so the English is announced and no English reaches the page unmarked.

/** The links marked English, each with the text that follows it. */
const englishLinks = () =>
  [...document.querySelectorAll("a[lang]")].map((a) => ({
    lang: a.getAttribute("lang"),
    title: a.textContent,
    mark: a.nextElementSibling?.textContent,
  }));

/** What the page shows in its own language: everything but what is marked English. */
function ownText(): string {
  const body = document.body.cloneNode(true);
  if (!(body instanceof HTMLElement)) return "";
  body.querySelectorAll("[lang]").forEach((e) => e.remove());
  return body.textContent ?? "";
}

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

describe("articles not translated yet, as lists link them", () => {
  it("de overview: an area's articles, the English ones marked “auf Englisch”", () => {
    const library = loadLibraryIn("de");
    const english = library.filter((a) => !a.translated);
    const tag = loadTagsIn("de").find((t) =>
      library
        .filter((a) => a.frontmatter.tags.includes(t.id))
        .slice(0, 3)
        .some((a) => !a.translated),
    )!;
    render(<TaggedArticles tag={tag} library={library} language={{ locale: "de", messages: messagesFor("de") }} />);
    const links = englishLinks();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toMatchObject({ lang: "en-GB", mark: " (auf Englisch)" });
      expect(english.map((a) => a.frontmatter.title)).toContain(link.title);
    }
    for (const a of english) expect(ownText()).not.toContain(a.frontmatter.title);
  });

  it("fr report: the plan's reading, the English articles marked “en anglais”", () => {
    const content = loadReportContentIn("fr");
    const catalogue = loadCatalogueIn("fr");
    const journey = journeyOf(loadCurrentQuestionnairesIn("fr"))!;
    const answers = Object.fromEntries(journey.questions.map((q) => [q.id, choose(0)]));
    const fragment = encodeFragment(
      { assessments: [{ questionnaireId: journey.id, version: journey.version, answers }] },
      catalogue,
    );
    window.history.replaceState(null, "", `/fr/results/#${fragment}`);
    render(<ResultsView catalogue={catalogue} content={content} />);
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    const links = englishLinks().filter((l) => l.title && Object.values(content.articleTitles).includes(l.title));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.mark).toBe(" (en anglais)");
    for (const slug of content.englishArticles) expect(ownText()).not.toContain(content.articleTitles[slug]);
    act(() => void window.dispatchEvent(new Event("afterprint")));
  });

  it("es team view: a recommendation's reading, the English article marked “en inglés”", async () => {
    const messages = teamViewMessages("es");
    const content = { ...teamContentFixture(), englishArticles: ["walk-the-talk"] };
    render(<TeamView catalogue={teamCatalogue} content={content} locale="es" messages={messages} />);
    await userEvent.click(screen.getByLabelText(messages.teamInput.linksLabel.split("(")[0]!.trim(), { exact: false }));
    await userEvent.paste([0, 2, 4].map((i) => teamLinkIn("en", i, `L${i}`)).join("\n"));
    await userEvent.click(screen.getByRole("button", { name: messages.teamInput.show }));
    await screen.findByRole("heading", { name: messages.team.recommendationsTitle });
    expect(englishLinks()).toContainEqual({ lang: "en-GB", title: "Walk the talk", mark: " (en inglés)" });
    expect(ownText()).not.toContain("Walk the talk");
  });
});
