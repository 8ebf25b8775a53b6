import { expect, test, type Page } from "@playwright/test";
import { encodeFragment } from "../lib/link/fragment";
import type { Answers } from "../lib/questionnaire/answers";
import { average, journey, journeyAnswers, journeyAreaMargins, journeyAreaScores, shown } from "./support/content";
import { takeByKeyboard } from "./support/flow";
import { openSection, radarDrawn } from "./support/report";

const q = journey();
const catalogue = [q];
const link = (a: Answers, label?: string) =>
  encodeFragment({ assessments: [{ questionnaireId: q.id, version: q.version, answers: a }], label }, catalogue);
/** What a reader takes from the report: the summary, the plan, and the journey's table and answers. */
async function reportText(page: Page) {
  const summary = await page.getByRole("region", { name: "Summary" }).innerText();
  const steps = (await openSection(page, "Your plan")).getByRole("list", { name: "Plan steps" }).getByRole("listitem");
  // The plan is drawn with the report, as a transition: read it once it holds every step the
  // summary counts, not while a busy machine is still drawing it.
  const count = Number(/See your plan: (\d+) steps?/.exec(summary)?.[1] ?? 0);
  expect(count).toBeGreaterThan(0);
  await expect(steps).toHaveCount(count);
  const plan = await steps.allInnerTexts();
  const journey = await openSection(page, q.title);
  await radarDrawn(page, /^Radar chart of stage/);
  return [
    summary,
    ...plan,
    await journey.getByRole("table").innerText(),
    ...(await journey.getByRole("listitem").allInnerTexts()),
  ];
}

test("a copied link opens the same report in a fresh browser", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await takeByKeyboard(page, q, (i, n) => (i * 5 + 1) % n);
  await openSection(page, "Print, download or share");
  await page.getByLabel("Your role or name (optional)").fill("Chief operating officer");
  await page.getByLabel("Organisation (optional)").fill("Example Ltd");
  await page.getByRole("button", { name: "Add to the link" }).click();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const mine = await reportText(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(other.getByRole("paragraph").filter({ hasText: "Chief operating officer · Example Ltd" })).toBeVisible();
  expect(await reportText(other)).toEqual(mine);
  await fresh.close();
});

test("two results compare area by area", async ({ page }) => {
  const before = journeyAnswers(() => 1);
  const after = journeyAnswers((i) => (i % 2 === 0 ? 4 : 0));
  const b = journeyAreaScores(before);
  const a = journeyAreaScores(after);
  await page.goto("compare/");
  await page.getByLabel("Earlier result link (before)").fill(`https://example.org/results/#${link(before)}`);
  await page.getByLabel("Later result link (after)").fill(`#${link(after)}`);
  await page.getByRole("button", { name: "Compare" }).click();
  const table = page.getByRole("table", { name: /^Change by area/ });
  const [mb, ma] = [journeyAreaMargins(before), journeyAreaMargins(after)];
  for (const [i, d] of q.dimensions.entries()) {
    const delta = Math.round((Math.round(a[i]! * 100) / 100 - Math.round(b[i]! * 100) / 100) * 100) / 100;
    const within = delta !== 0 && Math.abs(delta) <= Math.max(mb[i]!, ma[i]!) + 0.005;
    const word = within
      ? `${delta > 0 ? "+" : "−"}${shown(Math.abs(delta))}, within the spread of your answers`
      : delta > 0
        ? `▲ up ${shown(delta)}`
        : delta < 0
          ? `▼ down ${shown(-delta)}`
          : "= unchanged";
    await expect(table.getByRole("row", { name: new RegExp(`^${d.name}`) })).toContainText(word);
  }
  const stage = (scores: number[]) => Math.ceil(average(scores) - 0.5);
  await expect(page.getByRole("region", { name: q.title })).toContainText(
    `Overall stage: stage ${stage(b)} of 6 → stage ${stage(a)} of 6`,
  );
});

test("the results page pre-fills a comparison", async ({ page }) => {
  await page.goto(`results/#${link(journeyAnswers(() => 2))}`);
  await openSection(page, "Print, download or share");
  await page.getByRole("link", { name: "Compare with an earlier result" }).click();
  await expect(page.getByLabel("Later result link (after)")).toHaveValue(`#${link(journeyAnswers(() => 2))}`);
});

test("the team view aggregates 20 links and lists 3 broken ones", async ({ page }) => {
  const team = Array.from({ length: 20 }, (_, r) => journeyAnswers((i) => (i + r) % 6));
  const good = team.map((a, r) => `https://example.org/results/#${link(a, `Leader ${r + 1}`)}`);
  // Truncated, not a link at all, and one character of the answers changed.
  const tampered = good[0]!.replace(
    /(journey=\d+\.)(.)/,
    (_m, head: string, c: string) => `${head}${c === "A" ? "B" : "A"}`,
  );
  const broken = ["https://example.org/results/#v=1&journey=1.AAAA", "hello world", tampered];
  const lines = [...good.slice(0, 7), broken[0], ...good.slice(7, 14), broken[1], ...good.slice(14), broken[2]];
  await page.goto("team/");
  await page.getByLabel(/Result links, one per line/).fill(lines.join("\n"));
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByRole("status").filter({ hasText: "20 results read, 3 lines skipped." })).toBeVisible();
  const problems = page.getByRole("region", { name: "Lines that were not counted" });
  for (const n of [8, 16, 23])
    await expect(problems.getByRole("listitem").filter({ hasText: `Line ${n}` })).toBeVisible();

  const scores = team.map(journeyAreaScores);
  const table = page.getByRole("table", { name: "Team spread by area" });
  for (const [i, d] of q.dimensions.entries()) {
    const values = scores.map((s) => s[i]!);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    await expect(table.getByRole("row", { name: new RegExp(`^${d.name}`) })).toContainText(
      `${shown(average(values))}${shown(min)}–${shown(max)}`,
    );
  }
  await openSection(page, "Respondents");
  await expect(
    page.getByRole("table", { name: "Each respondent with their overall result" }).getByRole("row"),
  ).toHaveCount(21);
  await expect(page.getByRole("cell", { name: "Leader 20", exact: true })).toBeVisible();
});
