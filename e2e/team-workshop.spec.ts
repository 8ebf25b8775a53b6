import { expect, test } from "@playwright/test";
import { loadCatalogue } from "../lib/content/load-questionnaires";
import { loadPrompts } from "../lib/content/load-prompts";
import { encodeFragment } from "../lib/link/fragment";
import { choose, type Answers } from "../lib/questionnaire/answers";
import type { Questionnaire } from "../lib/questionnaire/schema";
import { aggregateTeam } from "../lib/team-input/aggregate";
import { mostDisputed } from "../lib/team/questions";
import { encodeTeamFragment } from "../lib/team-input/team-link";
import { expectNoViolations } from "./support/axe";
import { blunders, journey } from "./support/content";

// A consultant's workshop: eight leaders who broadly agree and one who sees it all differently.

const catalogue = loadCatalogue();
const [j, b] = [journey(), blunders()];
const answers = (q: Questionnaire, pick: (options: number, i: number) => number): Answers =>
  Object.fromEntries(
    q.questions.map((x, i) => {
      const options = "options" in x ? x.options.length : q.kind === "agreement" ? q.scale.length : 1;
      return [x.id, choose(pick(options, i))];
    }),
  );
const link = (parts: Questionnaire[], pick: (options: number, i: number) => number, label: string) =>
  encodeFragment(
    {
      assessments: parts.map((q) => ({ questionnaireId: q.id, version: q.version, answers: answers(q, pick) })),
      label,
      org: "Acme",
    },
    catalogue,
  );
// Leaders 1–8 pick from the top two options, varying by question; the sceptic always the first.
const agreeing = Array.from({ length: 8 }, (_, n) =>
  link([j, b], (options, i) => options - 1 - ((i + n) % 2), `Leader ${String.fromCharCode(65 + n)}`),
);
const team = [...agreeing, link([j, b], () => 0, "Sceptic")];

test("a team link gives the overall, a grid naming the outlier, and the top questions with their prompts", async ({
  page,
}) => {
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  await expect(page.getByRole("heading", { name: "The team overall" })).toBeVisible();
  const grid = page.getByRole("table", { name: "Each leader’s score per area" });
  await expect(grid.getByRole("row")).toHaveCount(2 + team.length);
  // Only the sceptic's cells carry the outlier mark; the eight who agree carry none.
  await expect(
    grid.getByRole("row", { name: /^Sceptic/ }).getByRole("cell", { name: /very differently/ }),
  ).not.toHaveCount(0);
  await expect(
    grid.getByRole("row", { name: /^Leader A/ }).getByRole("cell", { name: /very differently/ }),
  ).toHaveCount(0);
  // The questions and prompts the page should show, computed from content by the same rules.
  const expected = mostDisputed(aggregateTeam(team.map((f) => `#${f}`).join("\n"), catalogue).questions);
  const prompts = loadPrompts([j, b]);
  const list = page.getByRole("region", { name: "Where leaders disagree most" }).getByRole("listitem");
  await expect(list).toHaveCount(expected.length);
  const first = expected[0];
  const prompt = prompts.find((p) => p.questionnaire === first?.questionnaireId && p.area === first?.dimension);
  await expect(list.first().getByRole("heading")).toHaveText(first?.text ?? "");
  await expect(list.first()).toContainText(prompt?.prompt.replace(/\s+/g, " ") ?? "missing prompt");
  // Shaded cells keep their text readable in both colour schemes.
  await expectNoViolations(page, "team workshop, light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoViolations(page, "team workshop, dark");
});

test("one leader's journey-only and blunders-only links are merged into one row", async ({ page }) => {
  await page.goto("team/");
  const lines = [link([j], () => 2, "CFO"), link([b], () => 1, "CFO"), link([j], () => 3, "CEO")];
  await page
    .getByLabel(/Result links, one per line/)
    .fill(lines.map((f) => `https://example.org/results/#${f}`).join("\n"));
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByText("1 leader sent their two assessments as separate links")).toBeVisible();
  const grid = page.getByRole("table", { name: "Each leader’s score per area" });
  await expect(grid.getByRole("rowheader")).toHaveText(["CEO · Acme", "CFO · Acme"]);
});

test("present mode steps through the sections by keyboard, and print leaves out the inputs", async ({ page }) => {
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  const present = page.getByRole("button", { name: "Present the team view" });
  await present.click();
  await expect(page.getByRole("heading", { name: "The team overall" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Who sees what" })).toBeHidden();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Who sees what" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "The team overall" })).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(present).toBeFocused();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByLabel(/Result links, one per line/)).toBeHidden();
  await expect(page.getByRole("button", { name: "Show the team view" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Where leaders disagree most" })).toBeVisible();
});

test("last year's team link sets the team beside itself, area by area, with the change", async ({ page }) => {
  const lastYear = Array.from({ length: 5 }, (_, n) => link([j, b], () => 0, `Leader ${n + 1}`));
  await page.goto(`team/#${encodeTeamFragment(team)}`);
  await page
    .getByLabel("An earlier team link, such as last year’s")
    .fill(`https://example.org/team/#${encodeTeamFragment(lastYear)}`);
  await page.getByRole("button", { name: "Compare with this team" }).click();
  const table = page.getByRole("table", { name: new RegExp(`^${j.title}: then 5 leaders, now ${team.length}`) });
  await expect(table.getByRole("row")).toHaveCount(1 + j.dimensions.length);
  // Last year everyone chose the first option, so every area's mean has risen since.
  for (const d of j.dimensions) {
    const row = table.getByRole("row", { name: new RegExp(`^${d.name}`) });
    await expect(row.getByRole("cell").nth(2)).toHaveText(/^\+\d/);
  }
});
