import { readFileSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { parse } from "yaml";
import { loadCatalogue } from "../lib/content/load-questionnaires";
import { encodeFragment } from "../lib/link/fragment";
import { choose } from "../lib/questionnaire/answers";
import { parseCsv } from "../test/parse-csv";
import { average, blunders, journey } from "./support/content";
import { openSection, radarDrawn } from "./support/report";

// The results page as a leader on a phone meets it: the summary on the first screen, the plan
// one tap away, targets that change the plan and the link, and a report that prints.

const j = journey();
const b = blunders();
/** The plan's steps, read from the content file the site is built from. */
const steps: { dimension: string; from: number; title: string }[] = parse(
  readFileSync("content/recommendations/journey-steps.yaml", "utf8"),
).steps;
const stepTitle = (dimension: string, from: number) =>
  steps.find((s) => s.dimension === dimension && s.from === from)!.title;

// Every journey question at option i mod its count; the blunders agree with everything (a
// blunder is present wherever it is stated), so some are at risk.
const journeyAnswers = Object.fromEntries(j.questions.map((q, i) => [q.id, choose((i * 2) % q.options.length)]));
const blunderAnswers = Object.fromEntries(b.questions.map((q) => [q.id, choose(3)]));
const link = encodeFragment(
  {
    assessments: [
      { questionnaireId: j.id, version: j.version, answers: journeyAnswers },
      { questionnaireId: b.id, version: b.version, answers: blunderAnswers },
    ],
    label: "Chief executive",
    org: "Example Ltd",
    date: "2026-11-22",
  },
  loadCatalogue(),
);

/** Each journey area's score, worked out here from the content, in questionnaire order. */
const inOrder = j.dimensions.map((d) => {
  const stages = j.questions.flatMap((q, i) =>
    q.dimension === d.id ? [q.options[(i * 2) % q.options.length]!.stage] : [],
  );
  return { id: d.id, name: d.name, score: average(stages) };
});
/** The same, weakest first (ties in questionnaire order: the sort is stable). */
const areas = [...inOrder].sort((x, y) => x.score - y.score);

async function onFirstScreen(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, "laid out").not.toBeNull();
  expect(box!.y + box!.height, "bottom edge within the 844 px screen").toBeLessThanOrEqual(844);
}

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the first screen shows the stage, the blunders at risk, three priorities and how they relate", async ({
    page,
  }) => {
    await page.goto(`results/#${link}`);
    await onFirstScreen(page.getByRole("region", { name: "Overall stage" }));
    await onFirstScreen(page.getByRole("region", { name: "Overall avoidance" }));
    await expect(page.getByRole("region", { name: "Overall avoidance" })).toContainText(/High risk|worth watching/);
    const priorities = page.getByRole("list", { name: "Your three priorities" }).getByRole("listitem");
    await expect(priorities).toHaveCount(3);
    for (const [i, area] of areas.slice(0, 3).entries()) {
      await expect(priorities.nth(i)).toContainText(area.name);
      await onFirstScreen(priorities.nth(i));
    }
    // Each priority's first action is its plan step from where the area stands.
    const weakest = areas[0]!;
    await expect(priorities.nth(0)).toContainText(stepTitle(weakest.id, Math.ceil(weakest.score - 0.5)));
    await onFirstScreen(page.getByRole("paragraph").filter({ hasText: /holds? back|None of the five blunders/ }));
    // And the plan is one tap away.
    await page.getByRole("button", { name: /^See your plan/ }).click();
    await expect(page.getByRole("region", { name: "Your plan" }).getByRole("group").first()).toHaveAttribute(
      "open",
      "",
    );
  });
});

test("changing a target updates the radar, the plan and the link, and a reload keeps it", async ({ page }) => {
  await page.goto(`results/#${link}`);
  const plan = await openSection(page, "Your plan");
  const area = areas[0]!;
  const from = Math.ceil(area.score - 0.5);
  const target = page.getByLabel(new RegExp(`^${area.name}`));
  await expect(target).toHaveValue(String(from + 1));
  await target.selectOption(String(6));
  // The plan now climbs every stage from where the area stands to 6.
  for (let stage = from; stage < 6; stage += 1)
    await expect(plan.getByRole("heading", { level: 3, name: stepTitle(area.id, stage) })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/&t=1\.[0-6]{7}&z=/);
  await openSection(page, j.title);
  const radar = await radarDrawn(page, /^Radar chart of stage by area/);
  await expect(radar).toHaveAttribute("aria-label", new RegExp(`${area.name}: [\\d.]+, target 6`));
  await page.reload();
  await openSection(page, "Your plan");
  await expect(page.getByLabel(new RegExp(`^${area.name}`))).toHaveValue("6");
});

test("the plan downloads as CSV, one row per step, and reads back", async ({ page }) => {
  await page.goto(`results/#${link}`);
  const plan = await openSection(page, "Your plan");
  const shown = await plan.getByRole("list", { name: "Plan steps" }).getByRole("listitem").count();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the plan (CSV)" }).click(),
  ]);
  const rows = parseCsv(readFileSync(await file.path(), "utf8"));
  expect(rows[0]).toEqual(["area", "from", "to", "step", "why", "articles"]);
  expect(rows).toHaveLength(1 + shown);
  // The first row is the area with the biggest gap, climbing from where it stands.
  const gaps = inOrder.map((a) => ({ ...a, gap: Math.min(6, Math.ceil(a.score - 0.5) + 1) - a.score }));
  const biggest = gaps.reduce((x, y) => (y.gap > x.gap ? y : x));
  expect(rows[1]?.slice(0, 3)).toEqual([
    biggest.name,
    `Stage ${Math.ceil(biggest.score - 0.5)}`,
    `Stage ${Math.ceil(biggest.score - 0.5) + 1}`,
  ]);
  expect(rows[1]?.[5]).toMatch(/\(http:\/\/127\.0\.0\.1:\d+\/articles\/[a-z-]+\/\)/);
});

test("on paper every section is open, cards keep whole, and the link is there as text and QR code", async ({
  page,
}) => {
  await page.goto(`results/#${link}`);
  // On screen the link's box is hidden; the QR code in it is made when the browser is first idle.
  const hiddenBox = page.getByRole("region", { name: "This report's link", includeHidden: true });
  await expect(hiddenBox.getByRole("img", { includeHidden: true })).toBeAttached({ timeout: 10_000 });
  const paper = page.getByRole("region", { name: "This report's link" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  for (const name of ["Your plan", j.title, b.title, "How the two results relate"])
    await expect(page.getByRole("region", { name }).getByRole("group").first()).toHaveAttribute("open", "");
  await expect(paper).toBeVisible();
  await expect(paper).toContainText(page.url());
  await expect(paper.getByRole("img", { name: "QR code of this report's link" })).toBeVisible();
  // Why each step matters, and the answers behind the scores, are kept on paper.
  await expect(page.getByRole("region", { name: "Your plan" })).toContainText("Why it matters");
  await expect(
    page.getByRole("region", { name: j.title }).getByRole("heading", { name: "Your answers, area by area" }),
  ).toBeVisible();
  const breaks = await page.evaluate(() =>
    [...document.querySelectorAll(".card, .plan-step")].map((el) => getComputedStyle(el).breakInside),
  );
  expect(new Set(breaks)).toEqual(new Set(["avoid"]));
});
