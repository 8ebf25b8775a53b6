import { expect, test } from "@playwright/test";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { encodeFragment } from "../lib/link/fragment";
import { average, journey, journeyAnswers } from "./support/content";
import { expectNoViolations } from "./support/axe";
import { openSection } from "./support/report";

// A leader marks two areas critical to the strategy: the plan and the priorities start with
// them, the chart places them, and the link carries the marks to anyone who opens it.

const j = journey();
const answers = journeyAnswers((i) => (i * 2) % 4);
const link = encodeFragment({ assessments: [{ questionnaireId: j.id, version: j.version, answers }] }, loadCatalogue());

/** Each area's score, worked out here from the content: the stage of each answer, averaged. */
const scored = j.dimensions.map((d) => {
  const stages = j.questions.flatMap((q) => {
    const answer = answers[q.id];
    return q.dimension === d.id && answer?.kind === "option" ? [q.options[answer.index]!.stage] : [];
  });
  return { id: d.id, name: d.name, score: average(stages), stage: Math.ceil(average(stages) - 0.5) };
});
const weakestFirst = [...scored].sort((x, y) => x.score - y.score);
// The two strongest areas with a stage still to climb: marking them critical must move them up.
const critical = weakestFirst.filter((a) => a.stage < 6).slice(-2);
const quadrant = (stage: number) => (stage >= 4 ? "Keep it up" : "Act here first");

test("@phone a leader marks two areas critical: the plan reorders, the chart places them, the link keeps them", async ({
  page,
  browser,
}) => {
  await page.goto(`results/#${link}`);
  const priorities = page.getByRole("list", { name: "Your three priorities" }).getByRole("listitem");
  await expect(priorities.first()).toContainText(weakestFirst[0]!.name);
  const plan = await openSection(page, "Your plan");
  await expect(plan.getByRole("img", { name: /^Chart of importance/ })).toHaveCount(0);

  for (const area of critical) {
    const select = plan.getByRole("combobox", { name: `How much it matters: ${area.name}` });
    await expect(select).toHaveValue("");
    await select.selectOption({ label: "Critical to our strategy" });
    await expect(select).toHaveValue("critical");
  }

  // The two critical areas lead, weakest first between them, in the priorities and the plan.
  for (const [i, area] of critical.entries()) await expect(priorities.nth(i)).toContainText(area.name);
  await expect(
    page.getByText(/^By importance, then weakest first, as in your plan: areas marked critical/),
  ).toBeVisible();
  const steps = plan.getByRole("list", { name: "Plan steps" }).getByRole("listitem");
  await expect(steps.first()).toContainText(`${critical[0]!.name} · Stage ${critical[0]!.stage} →`);

  // The chart places each by its stage now; its table says the same in words.
  const chart = plan.getByRole("img", { name: /^Chart of importance against stage now/ });
  for (const area of critical) {
    await expect(chart.locator(`[data-area="${area.id}"]`)).toHaveCount(1);
    const row = plan.getByRole("row", { name: new RegExp(`\\d\\. ${area.name}`) });
    await expect(row).toContainText(`Critical to our strategy`);
    await expect(row).toContainText(quadrant(area.stage));
  }

  // The control and the chart pass the same WCAG 2.1 AA check as every page.
  await expectNoViolations(page, "results with importance marked");

  // Nothing scrolls sideways on a 320 px phone or wider.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );

  // The link carries the marks, inside the seal; opened afresh, the report reads them back.
  await expect.poll(() => new URL(page.url()).hash).toMatch(/&i=1\.[0-3]{7}&/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  const reopened = await openSection(other, "Your plan");
  for (const area of critical) {
    await expect(reopened.getByRole("combobox", { name: `How much it matters: ${area.name}` })).toHaveValue("critical");
  }
  await expect(other.getByRole("list", { name: "Your three priorities" }).getByRole("listitem").first()).toContainText(
    critical[0]!.name,
  );
  await fresh.close();
});
