import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { average, blunders, journey } from "./support/content";
import { takeByKeyboard, type Plan } from "./support/flow";
import { csvText } from "./support/csv-file";
import { bandOf, blundersPlan, expectedBlunders } from "./support/expected";
import { openSection, radarDrawn } from "./support/report";

const q = blunders();
const BANDS = { high: "High risk", watch: "Worth watching", healthy: "Healthy" } as const;
const bandName = (score: number) => BANDS[bandOf(score)];
const expected = expectedBlunders;

const varied = blundersPlan;
const agreeWithEverything: Plan = () => 4;

test("the blunders check scores each blunder as the content says", async ({ page }) => {
  await takeByKeyboard(page, q, varied);
  await openSection(page, q.title);
  const table = page.getByRole("table", { name: /Avoidance by blunder/ });
  for (const blunder of expected(varied)) {
    const row = table.getByRole("row", { name: new RegExp(`^${blunder.name}`) });
    await expect(row).toContainText(
      blunder.score === null ? "Not enough answers" : `${blunder.score} / 100 · ${bandName(blunder.score)}`,
    );
  }
});

test("agreeing with every statement does not look healthy, and the blunders at risk are counted apart", async ({
  page,
}) => {
  await takeByKeyboard(page, q, agreeWithEverything);
  const scores = expected(agreeWithEverything).map((b) => b.score ?? 0);
  const overall = Math.round(average(scores));
  expect(overall).toBeLessThan(70);
  // The overall number carries its own band; apart from it, how many blunders are at high risk.
  const high = scores.filter((s) => bandOf(s) === "high").length;
  const summary = page.getByRole("region", { name: "Overall avoidance" });
  await expect(summary).toContainText(`${overall} / 100 overall · ${bandName(overall)}`);
  await expect(summary).toContainText(`${high} of ${scores.length} blunders at high risk`);
  await expect(summary).not.toContainText("Healthy");
});

test("a report combines both assessments and says how they relate", async ({ page }) => {
  await takeByKeyboard(page, journey(), () => 1);
  await takeByKeyboard(page, q, agreeWithEverything);
  await expect(page.getByRole("heading", { name: "How the two results relate" })).toHaveCount(0);
  await page.getByRole("link", { name: /^Add your result from/ }).click();
  await expect(page.getByRole("region", { name: journey().title })).toBeVisible();
  await expect(page.getByRole("region", { name: q.title })).toBeVisible();
  await expect(page.getByRole("region", { name: "How the two results relate" })).toBeVisible();
  // The summary says in one sentence how the two relate, in this result's own terms.
  await expect(page.getByRole("region", { name: "Summary" })).toContainText(/holds? back|None of the five blunders/);
  await expect(page.getByRole("heading", { name: "Complete the picture" })).toHaveCount(0);
  // The combined link opens the same report anywhere.
  expect(page.url()).toMatch(new RegExp(`#v=2&.*${journey().id}=${journey().version}\\.[\\w-]+`));
  expect(page.url()).toMatch(new RegExp(`#v=2&.*${q.id}=${q.version}\\.[\\w-]+`));
});

test("where only one assessment was taken, the report offers the other", async ({ page }) => {
  await takeByKeyboard(page, q, varied);
  // The hidden ": <title>" makes the link name unique; browsers may put a space before it.
  await page.getByRole("link", { name: new RegExp(`^Start the other assessment ?: ${journey().title}$`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: journey().title })).toBeVisible();
});

test("the printed report has every section, the radar and no navigation", async ({ page }) => {
  await takeByKeyboard(page, q, varied);
  // The radar is drawn once its section has been opened on screen.
  await openSection(page, q.title);
  await radarDrawn(page, /Radar chart of blunder avoidance/);
  // What a browser does when asked to print: beforeprint, then the print media.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Your plan" }).getByRole("group").first()).toHaveAttribute("open", "");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.getByRole("img", { name: /Radar chart of blunder avoidance/ })).toBeVisible();
  await expect(page.getByRole("paragraph").filter({ hasText: /^Printed on / })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("the result downloads as JSON and CSV", async ({ page }) => {
  await takeByKeyboard(page, q, varied);
  await openSection(page, "Print, download or share");
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).click(),
  ]);
  const data = JSON.parse(readFileSync(await json.path(), "utf8"));
  expect(json.suggestedFilename()).toMatch(/^outside-in-result-\d{4}-\d{2}-\d{2}\.json$/);
  expect(data.assessments[0].questionnaireId).toBe(q.id);
  expect(data.assessments[0].version).toBe(q.version);
  expect(data.assessments[0].answers).toHaveLength(q.questions.length);
  expect(data.assessments[0].dimensions.map((d: { score: number | null }) => d.score)).toEqual(
    expected(varied).map((b) => b.score),
  );

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  const lines = (await csvText(csv)).trimEnd().split("\r\n");
  expect(lines).toHaveLength(1 + q.questions.length + q.dimensions.length);
  expect(lines.filter((l) => l.startsWith('"question",'))).toHaveLength(q.questions.length);
  expect(lines.filter((l) => l.startsWith('"dimension",'))).toHaveLength(q.dimensions.length);
});
