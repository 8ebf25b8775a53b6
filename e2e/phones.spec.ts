import fc from "fast-check";
import { expect, test, type Page } from "@playwright/test";
import { encodeCompareFragment } from "../lib/compare/compare-link";
import { usedTags } from "../lib/articles/taxonomy";
import { loadTags } from "../lib/content/library/load-articles";
import { loadLibrary } from "../lib/content/library/load-library";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { encodeFragment } from "../lib/link/fragment";
import { encodeInvitation } from "../lib/invitation/token";
import { choose, optionCount } from "../lib/questionnaire/answers";
import type { Questionnaire } from "../lib/questionnaire/schema";
import { blunders, journey } from "./support/content";
import { messagesFor } from "../lib/i18n/messages";
import { splitLocalePath } from "../lib/i18n/paths";
import { routesToCheck } from "./support/routes";
import { dataViewsIn } from "./support/data-views";
import { LOCALES } from "../lib/i18n/locales";
import { openSection, radarDrawn } from "./support/report";

// Phones first: from 320 px up no page scrolls sideways, with real data in it. Runs in the
// "phone" project (320 × 640, touch).

const catalogue = loadCatalogue();
const answered = (q: Questionnaire, pick: (i: number) => number) => ({
  questionnaireId: q.id,
  version: q.version,
  answers: Object.fromEntries(q.questions.map((x, i) => [x.id, choose(pick(i) % optionCount(q, x))])),
});
/** A real result for both assessments, named with the sort of text people type. */
const resultLink = (label: string, org: string, pick: (i: number) => number = (i) => i) =>
  encodeFragment({ assessments: [answered(journey(), pick), answered(blunders(), pick)], label, org }, catalogue);

const LONG_LABEL = "Chief operating officer and interim head of customer experience, EMEA";
const LONG_WORD = "Internationalcustomerexperiencetransformationprogrammeoffice";

/** How far the page is wider than the screen, in CSS pixels: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens the data-heavy views: a result, a comparison and a team of three. */
function dataPages(page: Page, label: string, org: string) {
  const a = resultLink(label, org);
  const b = resultLink(`${label} (again)`, org, (i) => i * 3 + 1);
  return [
    {
      name: "results",
      open: () => page.goto(`results/#${a}`),
      ready: page.getByRole("region", { name: "Overall stage" }),
    },
    {
      name: "compare",
      open: () => page.goto(`compare/#${encodeCompareFragment(a, b)}`),
      ready: page.getByRole("table", { name: "Change by area" }).first(),
    },
    {
      name: "team",
      open: async () => {
        await page.goto("team/");
        await page
          .getByLabel(/Result links, one per line/)
          .fill([`#${a}`, `#${b}`, `#${resultLink(LONG_WORD, LONG_WORD)}`, LONG_WORD].join("\n"));
        await page.getByRole("button", { name: "Show the team view" }).click();
      },
      ready: page.getByRole("table", { name: "Team spread by area" }).first(),
    },
  ];
}

test("no page of the export scrolls sideways at 320 px @phone", async ({ page }) => {
  const routes = routesToCheck();
  test.setTimeout(20_000 + routes.length * 2_000);
  for (const route of routes) {
    await page.goto(route);
    const { locale } = splitLocalePath(`/${route}`);
    const nav = page.getByRole("navigation", { name: messagesFor(locale).chrome.mainNav });
    expect(await overflow(page), `/${route}`).toBeLessThanOrEqual(0);
    // The top menu fits: every link whole on its one line, none cut off at the edge.
    expect(await nav.evaluate((el) => el.scrollWidth - el.clientWidth), `/${route} menu`).toBeLessThanOrEqual(0);
  }
});

test("the article index on a 390 × 844 phone: search and the first article on the first screen, a tag chosen in place @phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const all = loadLibrary();
  await page.goto("articles/");
  const box = await page.getByLabel("Search articles").boundingBox();
  const first = await page.getByRole("heading", { level: 2, name: all[0]!.frontmatter.title }).boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(844);
  expect(first && first.y + first.height).toBeLessThanOrEqual(844);
  // Scroll the row of tags to the last one and choose it: the list filters where the reader is.
  const tags = usedTags(loadTags(), all);
  const last = tags.at(-1)!;
  const count = all.filter((a) => a.frontmatter.tags.includes(last.id)).length;
  const link = page
    .getByRole("navigation", { name: "Filter by tag" })
    .getByRole("link", { name: new RegExp(`^${last.name} \\d+ articles?$`) });
  await link.tap();
  await expect(page).toHaveURL(new RegExp(`\\?tag=${last.id}$`));
  await expect(page.getByRole("status")).toHaveText(
    `${count} ${count === 1 ? "article" : "articles"} tagged “${last.name}”`,
  );
  await expect(page.getByRole("status")).toBeInViewport();
  await expect(page.getByRole("listitem").getByRole("heading", { level: 2 })).toHaveCount(count);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`results, compare and team with real data fit 320, 360 and 390 px in the ${scheme} scheme @phone`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [320, 360, 390]) {
      await page.setViewportSize({ width, height: 740 });
      for (const view of dataPages(page, LONG_LABEL, LONG_WORD)) {
        await view.open();
        await expect(view.ready).toBeVisible();
        expect(await overflow(page), `${view.name} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  });
}

// German and French words run longest: each language's views, with its own words in them. The
// team view's answer tables and German's change table scrolled sideways here until their
// translated words could break (styles/top-questions.css, styles/compare.css).
for (const locale of LOCALES) {
  for (const name of ["results", "compare", "team"] as const) {
    test(`${name} with real data in ${locale} fits 320 px @phone`, async ({ page }) => {
      const view = dataViewsIn(page, locale).find((v) => v.name === name)!;
      await view.open();
      await expect(view.ready).toBeVisible();
      expect(await overflow(page), `${name} in ${locale}`).toBeLessThanOrEqual(0);
    });
  }
}

test("a table wider than the phone shows that it scrolls, and the keyboard can scroll it @phone", async ({ page }) => {
  await page.goto(`results/#${resultLink(LONG_LABEL, "Northwind Utilities")}`);
  await openSection(page, journey().title);
  // Named by its caption, a region the keyboard reaches: "Stage by area" holds the Target column.
  const box = page.getByRole("region", { name: /^Stage by area/ });
  await expect(box.getByRole("columnheader", { name: "Target" })).toBeAttached();
  const size = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(size.scroll).toBeGreaterThan(size.client);
  // The cue: shadows at the edges drawn by the box's own background, covered where nothing is hidden.
  const background = await box.evaluate((el) => {
    const style = getComputedStyle(el);
    return { image: style.backgroundImage, attachment: style.backgroundAttachment };
  });
  expect(background.image).toContain("radial-gradient");
  expect(background.attachment).toBe("local, local, scroll, scroll");
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test("radar labels stay inside the chart at 320 px @phone", async ({ page }) => {
  await page.goto(`results/#${resultLink(LONG_LABEL, LONG_WORD)}`);
  await openSection(page, journey().title);
  await openSection(page, blunders().title);
  for (const name of [/^Radar chart of stage by area/, /^Radar chart of blunder avoidance/]) {
    const radar = await radarDrawn(page, name);
    const outside = await radar.evaluate((figure) => {
      const box = figure.getBoundingClientRect();
      return [...figure.querySelectorAll("svg text")]
        .map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }))
        .filter(
          ({ r }) =>
            r.left < box.left - 0.5 ||
            r.right > box.right + 0.5 ||
            r.top < box.top - 0.5 ||
            r.bottom > box.bottom + 0.5,
        )
        .map(({ text }) => text);
    });
    expect(outside, String(name)).toEqual([]);
  }
});

test("any label at any width from 320 px never widens the page (property) @phone", async ({ page }) => {
  test.setTimeout(120_000);
  const text = fc.oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 120 }),
    fc.stringMatching(/^[A-Za-z]{40,200}$/),
    fc.constantFrom("\u202Eevil", "漢字".repeat(60), "👨‍👩‍👧‍👦".repeat(30), "a\u0301".repeat(80)),
  );
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(text, text, fc.integer({ min: 320, max: 1280 }), async (label, org, width) => {
      cases += 1;
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`results/#${resultLink(label, org)}`);
      await expect(page.getByRole("region", { name: "Overall stage" })).toBeVisible();
      expect(
        await overflow(page),
        `${JSON.stringify(label)} / ${JSON.stringify(org)} at ${width} px`,
      ).toBeLessThanOrEqual(0);
    }),
    { numRuns: 30 },
  );
  console.log(`phones: ${cases} labels at random widths, none widened the page`);
});

test("an invited leader's last screen fits 320 px, its email button one run of text, not two columns @phone", async ({
  page,
}) => {
  const token = encodeInvitation({
    team: "Retail leadership team",
    facilitator: { name: "Ana Souza-Fitzgerald", email: "ana@example.org" },
  });
  await page.goto(`results/#arrive=${encodeURIComponent(resultLink("Head of service", "Northwind"))}&invite=${token}`);
  const button = page.getByRole("link", { name: "Email my result to Ana Souza-Fitzgerald" });
  await expect(button).toBeVisible();
  // As two flex columns, "Email my result to" wrapped into a narrow column of its own, beside the name.
  const lines = await button.evaluate((a) => {
    const words = [...a.querySelectorAll("*"), a]
      .flatMap((el) => [...el.childNodes])
      .find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes("Email my result to"));
    if (!words) return -1;
    const range = document.createRange();
    range.selectNodeContents(words);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});
