import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browserStore } from "@/components/shared/browser-storage";
import { LatestResults } from "@/components/shared/latest-results";
import { loadReportContentIn } from "@/lib/content/assessments/load-report-content";
import { loadCatalogueIn, loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { messagesFor } from "@/lib/i18n/messages";
import { teamViewMessages } from "@/lib/i18n/messages/team-view";
import { joinFragment } from "@/lib/invitation/run";
import { encodeInvitation } from "@/lib/invitation/token";
import { encodeFragment } from "@/lib/link/fragment";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { addToHistory } from "@/lib/storage/history";
import { flowLanguage } from "@/test/flow-messages";
import { stagesFixture } from "@/test/fixtures";
import { teamContentFixture } from "@/test/team-content";
import { teamCatalogue, teamLinkIn } from "@/test/team-links";
import { InviteSection } from "@/components/invitation/invite-section";
import { JoinView } from "@/components/invitation/join-view";
import { QuestionFlow } from "@/components/questionnaire/question-flow";
import { ResultsView } from "@/components/results/results-view";
import { TeamView } from "@/components/workshop/team-view";

// Every island of a German page links to German pages, so a leader who reads German never lands
// on an English page: each island is rendered in German, and every link to a page of the site it
// shows is under /de/, but an article German has not translated, which opens in English, marked.
const locale = "de";

/** The site-relative links on screen (not #fragments, mail or other sites), as written. */
const siteLinks = () =>
  [...document.querySelectorAll("a[href]")]
    .map((a) => ({ href: a.getAttribute("href") ?? "", lang: a.getAttribute("hreflang") }))
    .filter(({ href }) => href.startsWith("/"));

/** Every site link is German, but those marked as English articles; returns the German ones. */
function expectGerman(english: readonly string[] = []): string[] {
  const links = siteLinks();
  for (const { href, lang } of links) {
    if (lang?.startsWith("en")) expect(english.map((slug) => `/articles/${slug}/`)).toContain(href);
    else expect(href).toMatch(/^\/de\//);
  }
  return links.filter((l) => !l.lang?.startsWith("en")).map((l) => l.href);
}

/** Where the island sends the page, instead of going there. */
const assigned = () => {
  const assign = vi.spyOn(window.location, "assign").mockImplementation(() => undefined);
  return () => String(assign.mock.calls[0]?.[0] ?? "");
};

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  window.history.replaceState(null, "", "/");
});

describe("islands on a German page link to German pages", () => {
  it("flow: a finished run opens the German results page, under the base path, with the result", async () => {
    vi.stubEnv("NEXT_PUBLIC_BASE_PATH", "/assessment");
    localStorage.setItem("outside-in:auto-advance", "off");
    const sent = assigned();
    const q = stagesFixture();
    const m = flowLanguage(locale).messages.flow;
    const user = userEvent.setup();
    render(<QuestionFlow questionnaire={q} siblings={[{ id: q.id, title: q.title }]} {...flowLanguage(locale)} />);
    await user.click(screen.getByRole("button", { name: m.intro.start }));
    for (let i = 0; i < q.questions.length; i += 1) {
      await user.keyboard("2");
      await user.click(
        screen.getByRole("button", { name: i + 1 === q.questions.length ? m.question.toReview : m.question.next }),
      );
    }
    await user.click(screen.getAllByRole("button", { name: m.review.seeResults })[0]!);
    await waitFor(() => expect(sent()).not.toBe(""));
    expect(sent()).toMatch(/^\/assessment\/de\/results\/#.+/);
  });

  it("results: the report's links, its plan's articles (English where untranslated), retake and compare", () => {
    const content = loadReportContentIn(locale);
    const catalogue = loadCatalogueIn(locale);
    const journey = journeyOf(loadCurrentQuestionnairesIn(locale))!;
    const answers = Object.fromEntries(journey.questions.map((q) => [q.id, choose(0)]));
    const fragment = encodeFragment(
      { assessments: [{ questionnaireId: journey.id, version: journey.version, answers }] },
      catalogue,
    );
    window.history.replaceState(null, "", `/de/results/#${fragment}`);
    render(<ResultsView catalogue={catalogue} content={content} />);
    // Every section open, as on paper: their links are drawn only when open.
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    const german = expectGerman(content.englishArticles);
    act(() => void window.dispatchEvent(new Event("afterprint")));
    expect(german).toContain("/de/how-scoring-works/#how-sure");
    expect(german.some((h) => h.startsWith("/de/assess/journey/#retake="))).toBe(true);
    expect(german.some((h) => h.startsWith("/de/compare/#"))).toBe(true);
    expect(german.some((h) => h.startsWith("/de/articles/"))).toBe(true);
  });

  it("team: the recommendations' reading, an untranslated article in English", async () => {
    const messages = teamViewMessages(locale);
    const content = { ...teamContentFixture(), englishArticles: ["walk-the-talk"] };
    render(<TeamView catalogue={teamCatalogue} content={content} locale={locale} messages={messages} />);
    await userEvent.click(screen.getByLabelText(messages.teamInput.linksLabel.split("(")[0]!.trim(), { exact: false }));
    await userEvent.paste([0, 2, 4].map((i) => teamLinkIn("en", i, `L${i}`)).join("\n"));
    await userEvent.click(screen.getByRole("button", { name: messages.teamInput.show }));
    await screen.findByRole("heading", { name: messages.team.recommendationsTitle });
    expectGerman(["walk-the-talk"]);
    expect(siteLinks()).toContainEqual({ href: "/articles/walk-the-talk/", lang: "en-GB" });
  });

  it("join: the invitation's start opens the German assessment, its other way in too", async () => {
    const { invitation, estimate } = messagesFor(locale);
    const invite = { team: "T", facilitator: { name: "Ana", email: "a@example.org" }, invited: ["CEO"] };
    window.history.replaceState(null, "", `/de/join/#${joinFragment(encodeInvitation(invite))}`);
    const sent = assigned();
    render(<JoinView journeyId="journey" minutes={20} locale={locale} messages={{ invitation, estimate }} />);
    await userEvent.selectOptions(await screen.findByRole("combobox"), "r0");
    await userEvent.click(screen.getByRole("button", { name: invitation.form.start }));
    expect(sent()).toMatch(/^\/de\/assess\/journey\/#invite=/);
    cleanup();
    // An invitation that cannot be read still offers the assessment, in German.
    window.history.replaceState(null, "", "/de/join/#i=damaged");
    render(<JoinView journeyId="journey" minutes={20} locale={locale} messages={{ invitation, estimate }} />);
    await screen.findByRole("alert");
    expect(expectGerman()).toEqual(["/de/assess/journey/"]);
  });

  it("invite: the invitation link opens the German join page", async () => {
    const { invitation } = messagesFor(locale);
    const m = invitation.invite;
    render(<InviteSection minutes={20} locale={locale} messages={invitation} />);
    await userEvent.click(screen.getByText(m.title));
    await userEvent.type(screen.getByLabelText(m.team), "Northwind");
    await userEvent.type(screen.getByLabelText(m.name), "Ana");
    await userEvent.type(screen.getByLabelText(m.email), "ana@example.org");
    await userEvent.click(screen.getByRole("button", { name: m.make }));
    const preview = await screen.findByRole("link", { name: new RegExp(m.preview) });
    expect(preview.getAttribute("href")).toMatch(/\/de\/join\/#/);
  });

  it("latest: a saved result's open, retake and compare", () => {
    const journey = journeyOf(loadCurrentQuestionnairesIn(locale))!;
    addToHistory(browserStore, { savedAt: "2026-12-01T10:00:00Z", questionnaireIds: [journey.id], fragment: "v=1" });
    const { latest } = messagesFor(locale);
    render(<LatestResults titles={{ [journey.id]: journey.title }} locale={locale} messages={latest} />);
    const german = expectGerman();
    expect(german).toEqual([
      "/de/results/#v=1",
      expect.stringMatching(/^\/de\/assess\/journey\/#retake=/),
      expect.stringMatching(/^\/de\/compare\/#/),
    ]);
  });
});
