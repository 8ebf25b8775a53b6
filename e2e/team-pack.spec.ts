import { expect, test, type Page } from "@playwright/test";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { encodeTeamFragment } from "../lib/team-input/team-link";
import { SEVEN_LEADERS, namedTeamFragments } from "../test/named-teams";
import { journey } from "./support/content";

// The realistic seven-leader team: one real split (customer insight), the CFO far below the
// rest in three areas, and one leader who typed the organisation in lower case.

const catalogue = loadCatalogue();
const team = namedTeamFragments(SEVEN_LEADERS, catalogue);
const insight = journey().dimensions.find((d) => d.id === "insight")?.name ?? "missing area";
/** A4's width less the pack's margins (210 − 2 × 14 mm), in CSS pixels: the width the pack prints at. */
const A4_CONTENT = { width: Math.round((182 / 25.4) * 96), height: Math.round((267 / 25.4) * 96) };

/** Words the layout split across two lines (URLs aside, which may break anywhere), as "word". */
function brokenWords(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(".print-url, .visually-hidden, svg") || parent.getClientRects().length === 0)
        continue;
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/[^\s\-–—/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

test("the seven leaders are told of exactly one split, and their organisation in one form", async ({ page }) => {
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  const findings = page.getByRole("region", { name: "What the answers say" });
  await expect(findings).toContainText(`In ${insight} the team splits into two camps`);
  await expect(findings.getByText(/two camps/)).toHaveCount(1);
  const grid = page.getByRole("table", { name: "Each leader’s score per area" });
  await expect(grid.getByRole("rowheader", { name: "CIO · Northwind Utilities" })).toBeVisible();
  await expect(page.getByText(/northwind utilities/)).toHaveCount(0);
});

test("the workshop pack prints whole words, keeps charts and the grid's key together, and carries its link and QR code", async ({
  page,
}) => {
  await page.setViewportSize(A4_CONTENT);
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  await expect(page.getByRole("heading", { name: "The team overall" })).toBeVisible();
  // The pack's link is the team link of what is shown, once the exports are ready.
  await expect(page).toHaveURL(/#team=1&r=/);
  // What a browser does when asked to print: beforeprint (the per-questionnaire grids are drawn
  // then), then the print media.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  expect(await brokenWords(page)).toEqual([]);
  // …and no column is cut off at the page's edge: on paper, one grid per questionnaire.
  const grids = page.getByRole("table", { name: /^Each leader’s score per area: / });
  await expect(grids).toHaveCount(2);
  for (const grid of await grids.all())
    expect((await grid.boundingBox())?.width ?? Infinity).toBeLessThanOrEqual(A4_CONTENT.width);
  // Each spread chart moves to the next page whole, and fits one page; the grid's key goes with the grid.
  const charts = page.locator(".spread-chart");
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    expect(await chart.evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
    expect((await chart.boundingBox())?.height ?? Infinity).toBeLessThan(A4_CONTENT.height);
  }
  expect(await page.locator(".grid-legend").evaluate((el) => getComputedStyle(el).breakAfter)).toBe("avoid");
  // The link that reopens the team view, as text, as a link in a saved PDF, and as a QR code.
  const link = page.getByRole("region", { name: "This team view's link" });
  await expect(link).toBeVisible();
  await expect(link.getByRole("img", { name: "QR code of this team view's link" })).toBeVisible();
  const printed = (await link.getByRole("link").textContent()) ?? "";
  expect(printed).toMatch(/\/team\/#team=1&r=/);
  await page.emulateMedia({ media: "screen" });
  await expect(link).toBeHidden();
  // Opened from paper, it is the same team view.
  await page.goto(printed);
  await expect(page.getByRole("region", { name: "What the answers say" })).toContainText(
    `In ${insight} the team splits into two camps`,
  );
});

test("a finding's slide shows its claim and its evidence, readable at 1280×720, leaders lettered", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  await page.getByRole("button", { name: "Present the team view" }).click();
  const slides = page.getByRole("dialog", { name: "Present mode" });
  // Present mode loads on first use: a presenter steps on once the first slide is up.
  await expect(slides.getByText(/^1 of \d+/)).toBeVisible();
  await page.keyboard.press("ArrowRight");
  const slide = slides.locator(".slide:not([hidden])");
  await expect(slide).toContainText(`In ${insight} the team splits into two camps`);
  // The picture's text alternative: each leader lettered, in the camp the claim puts them in.
  const table = slide.getByRole("table");
  await expect(table.getByRole("rowheader")).toHaveText([insight]);
  await expect(table).toContainText("Leader B 1.25 (lower camp)");
  await expect(table).toContainText("Leader A 5.75 (higher camp)");
  await expect(slide).not.toContainText("CFO");
  // Drawn large enough for the back of the room: the picture takes most of the slide.
  const picture = await slide.locator("svg").boundingBox();
  expect(picture?.width ?? 0).toBeGreaterThan(900);
  // The claim's type is large.
  const size = await slide.locator(".slide-claim").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
});
