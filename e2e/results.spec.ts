import { readFileSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { parse } from "yaml";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { encodeFragment } from "../lib/link/fragment";
import { choose } from "../lib/questionnaire/answers";
import { parseCsv } from "../test/parse-csv";
import { csvText } from "./support/csv-file";
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
/** Each area's own stage names, from the content file the site is built from. */
const areaStages: { area: string; stages: { name: string }[] }[] = parse(
  readFileSync("content/area-stages.yaml", "utf8"),
).areas;
const stageName = (area: string, stage: number) => areaStages.find((a) => a.area === area)!.stages[stage - 1]!.name;

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

async function onFirstScreen(locator: Locator, height = 844) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, "laid out").not.toBeNull();
  expect(box!.y + box!.height, `bottom edge within the ${height} px screen`).toBeLessThanOrEqual(height);
}

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the first screen shows the stage, the blunders at risk and three priorities with their scale; the radar follows", async ({
    page,
  }) => {
    await page.goto(`results/#${link}`);
    await onFirstScreen(page.getByRole("region", { name: "Overall stage" }));
    await expect(page.getByRole("region", { name: "Overall stage" })).toContainText(
      /Stage \d of 6: .*Average [\d.]+ of 6 · next: stage \d of 6/,
    );
    await onFirstScreen(page.getByRole("region", { name: "Overall avoidance" }));
    await expect(page.getByRole("region", { name: "Overall avoidance" })).toContainText(
      /\d+ \/ 100 overall · (High risk|Worth watching)\d+ of 5 (blunders at high risk|worth watching)/,
    );
    const priorities = page.getByRole("list", { name: "Your three priorities" }).getByRole("listitem");
    await expect(priorities).toHaveCount(3);
    for (const [i, area] of areas.slice(0, 3).entries()) {
      await expect(priorities.nth(i)).toContainText(`${area.name} ${Math.round(area.score * 100) / 100} of 6`);
      await onFirstScreen(priorities.nth(i));
    }
    // Each priority's first action is its plan step from where the area stands.
    const weakest = areas[0]!;
    await expect(priorities.nth(0)).toContainText(stepTitle(weakest.id, Math.ceil(weakest.score - 0.5)));
    // The radar follows the priorities, drawn, without a section to open; then how they relate.
    const radar = await radarDrawn(page, /^Radar chart of stage by area/);
    const [list, drawn] = await Promise.all([
      page.getByRole("list", { name: "Your three priorities" }).boundingBox(),
      radar.boundingBox(),
    ]);
    expect(drawn!.y).toBeGreaterThanOrEqual(list!.y + list!.height);
    expect(drawn!.y - (list!.y + list!.height), "right after the priorities").toBeLessThan(60);
    await expect(
      page
        .getByRole("region", { name: "Summary" })
        .getByRole("paragraph")
        .filter({ hasText: /holds? back/ }),
    ).toBeVisible();
    // And the plan is one tap away.
    await page.getByRole("button", { name: /^See your plan/ }).click();
    await expect(page.getByRole("region", { name: "Your plan" }).getByRole("group").first()).toHaveAttribute(
      "open",
      "",
    );
  });
});

test.describe("on a 1366 × 768 laptop", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the first screen shows the stage, the priorities and the radar side by side", async ({ page }) => {
    await page.goto(`results/#${link}`);
    const radar = await radarDrawn(page, /^Radar chart of stage by area/);
    const priorities = page.getByRole("list", { name: "Your three priorities" });
    for (const shown of [page.getByRole("region", { name: "Overall stage" }), priorities, radar])
      await onFirstScreen(shown, 768);
    const [left, right] = await Promise.all([priorities.boundingBox(), radar.boundingBox()]);
    expect(right!.x, "the radar stands beside the priorities").toBeGreaterThan(left!.x + left!.width);
    expect(right!.y).toBeLessThan(left!.y + left!.height);
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
  const radar = await radarDrawn(page, /^Radar chart of stage by area/);
  await expect(radar).toHaveAttribute("aria-label", new RegExp(`${area.name}: [\\d.]+ of 6, target 6`));
  // Every choice names the stage in this area's own words, not the structure's.
  await expect(target.getByRole("option", { name: `Stage 6: ${stageName(area.id, 6)}` })).toHaveCount(1);
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
  const rows = parseCsv(await csvText(file));
  expect(rows[0]).toEqual(["area", "from", "to", "step", "why", "sources", "articles"]);
  expect(rows).toHaveLength(1 + shown);
  // The first row is the weakest area, as the priorities put it first, climbing from where it stands.
  const weakest = areas[0]!;
  const from = Math.ceil(weakest.score - 0.5);
  expect(rows[1]?.slice(0, 3)).toEqual([
    weakest.name,
    `Stage ${from} of 6: ${stageName(weakest.id, from)}`,
    `Stage ${from + 1} of 6: ${stageName(weakest.id, from + 1)}`,
  ]);
  expect(rows[1]?.[6]).toMatch(/\(http:\/\/127\.0\.0\.1:\d+\/articles\/[a-z-]+\/\)/);
});

test("printed straight after load, the report has both radars, every table row at full width, and its link", async ({
  page,
}) => {
  await page.goto(`results/#${link}`);
  await expect(page.getByRole("region", { name: "Summary" })).toBeVisible();
  // What a leader gets from "Print" at once: no scrolling, no section opened, nothing waited for.
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  console.log(`printed report: ${pages} A4 pages`);
  // Summary and radar, the plan, both assessments with their answers, how they relate: more
  // than a summary, far less than a chart squeezed into a column would make.
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(pages).toBeLessThanOrEqual(14);
  // The printed link is a real link in the PDF, to this very report (see paperHref).
  expect(pdf).toContain(`/URI (${page.url().replace("/#", "/?#")})`);

  // The same print layout, held open to look at: every section open, both radars drawn.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  for (const name of ["Your plan", j.title, b.title, "How the two results relate"])
    await expect(page.getByRole("region", { name }).getByRole("group").first()).toHaveAttribute("open", "");
  for (const name of [/^Radar chart of stage by area/, /^Radar chart of blunder avoidance/]) {
    const radar = page.getByRole("img", { name });
    await expect(radar).toBeVisible();
    expect(await radar.locator("svg polygon[data-series]").count()).toBeGreaterThan(0);
  }
  // Every row of both tables is on paper, each table as wide as the page.
  const width = await page.getByRole("main").evaluate((m) => m.getBoundingClientRect().width);
  for (const [name, rows] of [
    [/^Stage by area/, j.dimensions.length],
    [/^Avoidance by blunder/, b.dimensions.length],
  ] as const) {
    const table = page.getByRole("table", { name });
    await expect(table.getByRole("row")).toHaveCount(rows + 1);
    for (const row of await table.getByRole("row").all()) await expect(row).toBeVisible();
    expect((await table.boundingBox())!.width).toBeGreaterThanOrEqual(width - 1);
  }
  const paper = page.getByRole("region", { name: "This report's link" });
  await expect(paper).toBeVisible();
  await expect(paper).toContainText(page.url());
  // Why each step matters, and the answers behind the scores, are kept on paper.
  await expect(page.getByRole("region", { name: "Your plan" })).toContainText("Why it matters");
  await expect(
    page.getByRole("region", { name: j.title }).getByRole("heading", { name: "Your answers, area by area" }),
  ).toBeVisible();
  // No card, chart or table row splits across two pages.
  const breaks = await page.evaluate(() =>
    [...document.querySelectorAll(".card, .plan-step, .radar, tr")].map((el) => getComputedStyle(el).breakInside),
  );
  expect(new Set(breaks)).toEqual(new Set(["avoid"]));
});

test("printed before its script has drawn the report, the page says so rather than print an empty report", async ({
  page,
}) => {
  // The page as a leader who presses Ctrl+P at once sees it: the report's script not yet arrived.
  await page.route("**/_islands/**", (route) => route.abort());
  await page.goto(`results/#${link}`);
  await expect(page.getByText("Reading your result…")).toBeVisible();
  const notice = page.getByText("This page was printed before your report had been drawn from its link", {
    exact: false,
  });
  await expect(notice).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("wait until the report shows on screen, then print again");
});

test("the printed QR code holds the link, or a shorter one that says so when the names make it too long", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Made off the main thread, in the worker the build bundles; on the page only without one.
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
  const qr = () =>
    page
      .getByRole("region", { name: "This report's link", includeHidden: true })
      .getByRole("img", { name: "QR code of this report's link", includeHidden: true });
  // The code is made when the browser is first idle.
  await page.goto(`results/#${link}`);
  await expect(qr()).toBeAttached();
  expect(workers.filter((path) => /\/_islands\/qr-worker-\w+\.js$/.test(path))).toHaveLength(1);
  await expect(page.getByText("without them", { exact: false })).toHaveCount(0);
  // Two 80-character names in a non-Latin script, and the earlier result's: about 3,000
  // characters once percent-encoded, more than the largest QR code holds. It still opens.
  const name = `${"東京都".repeat(26)}東京`;
  const assessments = [{ questionnaireId: j.id, version: j.version, answers: journeyAnswers }];
  const long = encodeFragment(
    { assessments, label: name, org: name, date: "2026-11-22", previous: { assessments, label: name, org: name } },
    loadCatalogue(),
  );
  await page.goto(`results/#${long}`);
  await expect(qr()).toBeAttached();
  await expect(page.getByRole("region", { name: "This report's link", includeHidden: true })).toContainText(
    "the code opens the same result without them",
  );
  expect(errors).toEqual([]);
});
