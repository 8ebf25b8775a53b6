import { expect, test, type Page } from "@playwright/test";
import { encodeCompareFragment } from "../lib/compare/compare-link";
import { loadCatalogue, loadCurrentQuestionnaires } from "../lib/content/assessments/load-questionnaires";
import { loadCurrentQuestionnairesIn } from "../lib/content/i18n/load-translations";
import type { EnglishText } from "../lib/i18n/english-leaks";
import type { TranslatedLocale } from "../lib/i18n/language-names";
import type { Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { encodeInvitation } from "../lib/invitation/token";
import { flowLink } from "../lib/link/flow-links";
import { encodeFragment } from "../lib/link/fragment";
import { withPrevious } from "../lib/link/previous";
import type { SharedResult } from "../lib/link/result-schema";
import { choose, DONT_KNOW, optionCount, type Answers } from "../lib/questionnaire/answers";
import { HISTORY_KEY } from "../lib/storage/keys";
import type { Questionnaire } from "../lib/questionnaire/schema";
import { encodeTeamFragment } from "../lib/team-input/team-link";
import { encodeAction } from "../lib/workshop/actions";
import { golden } from "../test/golden-links";
import { englishSeen, englishWalk } from "./support/english-leaks";
import { blunders, journey } from "./support/content";

// The promise: a German, French or Spanish leader goes from the home page to a printed report,
// and a consultant through a workshop, without meeting English outside article bodies marked
// as English. The export's check (scripts/check-english-leaks.ts) reads the built pages; this
// reads what the islands draw in the browser, with the same function and allowlist. The /de/,
// /fr/ and /es/ pages are built in every export (as previews until they ship), so it runs on out/.

const catalogue = loadCatalogue();
const [j, b] = [journey(), blunders()];
const answers = (q: Questionnaire, pick: (options: number, i: number) => number): Answers =>
  Object.fromEntries(
    // Every fifth answer "don't know", so the report says what it does with those too.
    q.questions.map((x, i) => [x.id, i % 5 === 4 ? DONT_KNOW : choose(pick(optionCount(q, x), i))]),
  );
// What the walk types in itself: the same words in every language, so no leak.
const ACTION = "Walk one complaint through every department";
const DATA = ["Head of service", "Acme", "Acme leadership team", "Ana Silva", "Chief executive", ACTION];
const result = (pick: (options: number, i: number) => number, more: Partial<SharedResult> = {}): SharedResult => ({
  assessments: [j, b].map((q) => ({ questionnaireId: q.id, version: q.version, answers: answers(q, pick) })),
  ...more,
});
const low = result((n, i) => i % Math.min(n, 3), { label: "Head of service", org: "Acme", date: "2025-11-20" });
const high = result((n, i) => n - 1 - (i % 2), { label: "Head of service", org: "Acme", date: "2026-11-20" });
// A mixed team: leaders who answered in English, German, French and Spanish, one far apart.
const team = (["en", "de", "fr", "es", "de", "en"] as const).map((language, n) =>
  encodeFragment(
    result((o, i) => (n === 5 ? 0 : o - 1 - ((i + n) % 3)), {
      label: `Leader ${n + 1}`,
      org: "Acme",
      ...(language !== "en" && { language }),
    }),
    catalogue,
  ),
);
// What a consultant pastes is rarely clean: a cut link and one leader twice give the box's reasons.
const pasted = [...team, team[1]!, team[0]!.slice(0, 40)];
const invitation = encodeInvitation({
  team: "Acme leadership team",
  facilitator: { name: "Ana Silva", email: "ana@example.org" },
  invited: ["Chief executive", "Head of service"],
});
const action = encodeAction({
  about: { questionnaireId: j.id, kind: "area", id: j.dimensions[0]!.id },
  text: ACTION,
  owner: "Head of service",
  due: "2027-03-31",
});
// An older version's result: its retake opens on the review with new questions left open.
const earlier = golden.links.find((l) => l.name === "both v1 with labels")!.fragment;
const history = JSON.stringify({
  format: 1,
  entries: [
    { savedAt: "2026-11-20T10:00:00Z", questionnaireIds: [j.id, b.id], fragment: encodeFragment(high, catalogue) },
    { savedAt: "2025-11-20T10:00:00Z", questionnaireIds: [j.id, b.id], fragment: encodeFragment(low, catalogue) },
  ],
});

/** Opens every section a page keeps closed: the report's <details>, the team view's buttons. */
async function openEverything(page: Page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const closed = page.locator("main h2 button[aria-expanded='false']");
  while ((await closed.count()) > 0) await closed.first().click();
}

/**
 * The walk, the same in every language: each state is reached, waited for, then read. English
 * goes first, so what its islands draw in code is known; `at` is the language's path prefix.
 */
async function walkThrough(page: Page, locale: Locale, read: (what: string) => Promise<void>) {
  const at = locale === "en" ? "" : `${locale}/`;
  const m = messagesFor(locale);
  const q = (locale === "en" ? loadCurrentQuestionnaires() : loadCurrentQuestionnairesIn(locale)).find(
    (x) => x.id === j.id,
  )!;
  // A retake first, in a fresh browser: progress saved before would open it on the intro.
  await page.goto(`${at}${flowLink(j.id, "retake", earlier).slice(1)}`);
  await expect(page.getByRole("heading", { name: m.flow.review.title })).toBeFocused();
  await read("a retake's review");
  await page.evaluate(() => localStorage.clear());
  // No fragment, so the page loads again (a new fragment alone would not).
  await page.goto(`${at}assess/journey/`);
  await page.getByRole("button", { name: m.flow.intro.start }).click();
  await expect(page.getByRole("heading", { level: 2, name: q.questions[0]!.text })).toBeFocused();
  await read("first question");

  await page.goto(`${at}results/#${encodeFragment(withPrevious(high, low), catalogue)}`);
  await expect(page.getByRole("region", { name: m.report.summary.overallStage })).toBeVisible();
  await openEverything(page);
  await read("report with the change since last time");
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("img", { name: m.report.printLink.code, includeHidden: true })).toBeAttached();
  await read("report, printed");
  await page.emulateMedia({ media: "screen" });
  // The home page's island lists what this browser finished, as the flow stores it.
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [HISTORY_KEY, history]);
  await page.goto(at);
  await expect(page.getByRole("region", { name: m.latest.title })).toBeVisible();
  await read("home, with latest results");

  // A result that is none and a cut invitation: the intro says why each is left out.
  await page.goto(`${at}${flowLink(j.id, "retake", "not-a-result").slice(1)}&invite=${invitation.slice(0, 20)}`);
  await expect(page.locator(".carry-notice")).toBeVisible();
  await expect(page.getByRole("alert")).toBeVisible();
  await read("unreadable links to the flow");

  const pair = encodeCompareFragment(encodeFragment(low, catalogue), encodeFragment(high, catalogue));
  await page.goto(`${at}compare/#${pair}`);
  await expect(page.getByRole("region", { name: q.title })).toBeVisible();
  await read("compare");

  await page.goto(`${at}join/#i=${invitation}`);
  await expect(page.getByRole("combobox").first()).toBeVisible();
  await read("invitation");

  await page.goto(`${at}team/#${encodeTeamFragment(pasted, { actions: [action] })}`);
  await expect(page.getByRole("heading", { name: m.team.overallTitle })).toBeVisible();
  await openEverything(page);
  await read("team view, mixed team");
  await page.getByRole("button", { name: m.team.present }).click();
  await expect(page.getByRole("dialog", { name: m.workshop.presentMode })).toBeVisible();
  await read("team view, presented");
}

let english: EnglishText[] = [];

test.beforeAll(async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await browser.newPage();
  const seen: EnglishText[][] = [];
  await walkThrough(page, "en", async (what) => void seen.push(await englishSeen(page, what)));
  english = seen.flat();
  await page.close();
});

for (const locale of ["de", "fr", "es"] as const satisfies TranslatedLocale[]) {
  test(`a ${locale} leader and consultant meet no English but what waits for a fix`, async ({ page }) => {
    test.slow();
    const walk = englishWalk(locale, english, DATA);
    await walkThrough(page, locale, (what) => walk.read(page, what));
    console.log(`English met in ${locale} (known and new):\n${walk.all() || "none"}`);
    expect.soft(walk.unknown(), "English not in scripts/checks/known-english-leaks.ts").toBe("");
    expect(walk.stale(), "fixed: delete from scripts/checks/known-english-leaks.ts").toEqual([]);
  });
}
