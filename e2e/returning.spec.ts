import { expect, test } from "@playwright/test";
import { encodeCompareFragment } from "../lib/compare/compare-link";
import { encodeFragment } from "../lib/link/fragment";
import { arrivalHash } from "../lib/link/arrival";
import { withPrevious } from "../lib/link/previous";
import type { SharedResult } from "../lib/link/result-schema";
import { choose, type Answers } from "../lib/questionnaire/answers";
import { HISTORY_KEY } from "../lib/storage/keys";
import { average, journey, journeyAnswers, journeyAreaScores, shown } from "./support/content";
import { openSection } from "./support/report";

const q = journey();
const catalogue = [q];
const resultOf = (a: Answers, more: Partial<SharedResult> = {}): SharedResult => ({
  assessments: [{ questionnaireId: q.id, version: q.version, answers: a }],
  ...more,
});
/** The journey's average stage for answers to every question: the mean of its areas' means. */
const averageStage = (a: Answers) => shown(average(journeyAreaScores(a)));

// A year apart: the first question moved from its second option to its fourth; nothing else.
const before = journeyAnswers(() => 1);
const after = { ...before, [q.questions[0]!.id]: choose(3) };
const earlier = resultOf(before, { label: "Head of service", org: "Example Ltd", date: "2025-11-20" });
const later = resultOf(after, { label: "Head of service", org: "Example Ltd", date: "2026-11-20" });
const moved = q.questions[0]!;

test("a retake's result shows the change since last time without a click", async ({ page }) => {
  await page.goto(`results/#${encodeFragment(withPrevious(later, earlier), catalogue)}`);
  const since = page.getByRole("region", { name: "Change since last time" });
  await expect(since).toContainText(`Average stage: ${averageStage(before)} of 6 → ${averageStage(after)} of 6`);
  const area = q.dimensions.find((d) => d.id === moved.dimension)!.name;
  await expect(since.getByRole("list", { name: "Change by area" })).toContainText(`${area}:`);
  await expect(since).toContainText("1 answer changed");
  await expect(since.getByRole("list", { name: "Answers that moved" }).getByRole("listitem")).toContainText([
    `${moved.text} (${area})Before: ${moved.options[1]!.label}After: ${moved.options[3]!.label}`,
  ]);
});

test("a year-later retake keeps the targets set last time and says whether each was reached", async ({ page }) => {
  // Last year the moved question's area aimed for stage 6 and the last area held where it stood.
  const [first, last] = [q.dimensions.find((d) => d.id === moved.dimension)!, q.dimensions.at(-1)!];
  const stageOf = (a: Answers, id: string) =>
    Math.ceil(journeyAreaScores(a)[q.dimensions.findIndex((d) => d.id === id)]! - 0.5);
  const targets = { [first.id]: 6, [last.id]: stageOf(before, last.id) };
  // The results page as a finished retake reaches it: the new answers and the result retaken.
  const { label: _l, org: _o, ...own } = later;
  const arrival = arrivalHash({
    own: encodeFragment(own, catalogue),
    retake: encodeFragment({ ...earlier, targets }, catalogue),
  });
  await page.goto(`results/#${arrival}`);
  const since = page.getByRole("region", { name: "Change since last time" });
  await expect(since.getByRole("list", { name: "Targets reached" }).getByRole("listitem")).toHaveText([
    `${first.name}: target stage 6 of 6, now stage ${stageOf(after, first.id)} of 6: not reached yet`,
    `${last.name}: target stage ${targets[last.id]} of 6, now stage ${stageOf(after, last.id)} of 6: reached`,
  ]);
  // The plan still climbs toward the target not reached, and the link keeps it.
  await openSection(page, "Your plan");
  await expect(page.getByLabel(new RegExp(`^${first.name}`))).toHaveValue("6");
  expect(new URL(page.url()).hash).toMatch(/&t=1\.[0-6]+&/);
});

test("compare shows averages, moved answers, and who and when each side is", async ({ page }) => {
  const fragment = encodeCompareFragment(encodeFragment(earlier, catalogue), encodeFragment(later, catalogue));
  await page.goto(`compare/#${fragment}`);
  const main = page.getByRole("main");
  await expect(main).toContainText("Earlier: Head of service · Example Ltd · 20 November 2025");
  await expect(main).toContainText("Later: Head of service · Example Ltd · 20 November 2026");
  const report = page.getByRole("region", { name: q.title });
  await expect(report).toContainText(`Average stage: ${averageStage(before)} of 6 → ${averageStage(after)} of 6`);
  await expect(report.getByRole("list", { name: "Answers that moved" })).toContainText(moved.options[3]!.label);
});

test("compare prints the comparison, not its input boxes, with a link and QR code that reopen it", async ({ page }) => {
  const fragment = encodeCompareFragment(encodeFragment(earlier, catalogue), encodeFragment(later, catalogue));
  await page.goto(`compare/#${fragment}`);
  await expect(page.getByRole("region", { name: q.title })).toBeVisible();
  const paper = page.getByRole("region", { name: "This comparison's link", includeHidden: true });
  // The code is made when the browser is first idle, in a worker, as a report's is.
  await expect(
    paper.getByRole("img", { name: "QR code of this comparison's link", includeHidden: true }),
  ).toBeAttached();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByLabel("Earlier result link (before)")).toBeHidden();
  await expect(page.getByLabel("Later result link (after)")).toBeHidden();
  await expect(page.getByRole("button", { name: "Compare" })).toBeHidden();
  await expect(page.getByRole("region", { name: q.title })).toBeVisible();
  await expect(paper).toBeVisible();
  const printed = (await paper.getByRole("link").textContent()) ?? "";
  expect(printed).toBe(page.url());
  // Opened from paper, in a browser of its own, it is the same comparison.
  const reader = await page.context().browser()!.newPage();
  await reader.goto(printed);
  await expect(reader.getByRole("region", { name: q.title })).toContainText(
    `Average stage: ${averageStage(before)} of 6 → ${averageStage(after)} of 6`,
  );
  await reader.close();
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("compare shows before, after and change for every area without sideways scrolling", async ({ page }) => {
    const fragment = encodeCompareFragment(encodeFragment(earlier, catalogue), encodeFragment(later, catalogue));
    await page.goto(`compare/#${fragment}`);
    const table = page.getByRole("table", { name: /^Change by area/ });
    await expect(table.getByRole("row")).toHaveCount(q.dimensions.length + 1);
    // Each row's before, after and change cells lie inside the screen, the change last.
    for (const row of (await table.getByRole("row").all()).slice(1)) {
      const cells = await row.getByRole("cell").all();
      expect(cells).toHaveLength(3);
      for (const cell of cells) {
        const box = await cell.boundingBox();
        expect(box!.x + box!.width, "inside the screen").toBeLessThanOrEqual(360);
      }
    }
    const head = await table.getByRole("columnheader", { name: "Change" }).boundingBox();
    expect(head!.x + head!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test("compare puts two links pasted the wrong way round in date order, and says so", async ({ page }) => {
  const fragment = encodeCompareFragment(encodeFragment(later, catalogue), encodeFragment(earlier, catalogue));
  await page.goto(`compare/#${fragment}`);
  await expect(page.getByRole("status").filter({ hasText: "shown in date order" })).toContainText(
    "The result given as earlier is dated 20 November 2026, after the later one (20 November 2025)",
  );
  const main = page.getByRole("main");
  await expect(main).toContainText("Earlier: Head of service · Example Ltd · 20 November 2025");
  // The change reads as it happened: from last year's answers to this year's.
  await expect(page.getByRole("region", { name: q.title })).toContainText(
    `Average stage: ${averageStage(before)} of 6 → ${averageStage(after)} of 6`,
  );
});

test("compare says so at the top when the two results look like different leaders, and still compares", async ({
  page,
}) => {
  const other = { ...later, label: "Chief executive" };
  const fragment = encodeCompareFragment(encodeFragment(earlier, catalogue), encodeFragment(other, catalogue));
  await page.goto(`compare/#${fragment}`);
  const warning = page.getByRole("status").filter({ hasText: "These look like two different leaders" });
  await expect(warning).toContainText("Head of service · Example Ltd");
  await expect(warning).toContainText("Chief executive · Example Ltd");
  await expect(page.getByRole("table", { name: /^Change by area/ })).toBeVisible();
  // Said before any figure.
  const [said, table] = await Promise.all([
    warning.boundingBox(),
    page.getByRole("region", { name: q.title }).boundingBox(),
  ]);
  expect(said!.y).toBeLessThan(table!.y);
});

test("a saved result appears under Your latest results, with open, retake and compare", async ({ page }) => {
  const fragment = encodeFragment(earlier, catalogue);
  // As the flow stores a finished result (lib/storage/history.ts).
  const history = { format: 1, entries: [{ savedAt: "2025-11-20T10:00:00Z", questionnaireIds: [q.id], fragment }] };
  await page.addInitScript(
    ([key, value]) => window.localStorage.setItem(key!, value!),
    [HISTORY_KEY, JSON.stringify(history)],
  );
  await page.goto("");
  const panel = page.getByRole("region", { name: "Your latest results" });
  await expect(panel).toContainText(`${q.title} · 20 November 2025`);
  await expect(panel.getByRole("link", { name: /^Retake/ })).toHaveAttribute("href", /\/assess\/journey\/#retake=/);
  await expect(panel.getByRole("link", { name: /^Open/ })).toHaveAttribute("href", /\/results\/#v=/);
  await panel.getByRole("link", { name: /^Compare/ }).click();
  await expect(page.getByLabel("Earlier result link (before)")).toHaveValue(`#${fragment}`);
});

test("with storage blocked, the home page works and shows no panel", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("", { waitUntil: "load" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the assessment" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your latest results" })).toHaveCount(0);
  expect(errors).toEqual([]);
});
