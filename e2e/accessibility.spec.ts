import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { optionLabels } from "../lib/questionnaire/answers";
import { blunders, journey } from "./support/content";
import { expectNoViolations } from "./support/axe";
import { dataViewsIn } from "./support/data-views";
import { TRANSLATED } from "./support/languages";
import { messagesFor } from "../lib/i18n/messages";
import { exportedRoutes, isTranslated, oneOfEachKind, routesToCheck } from "./support/routes";
import { openSection, radarDrawn, reportSections } from "./support/report";

const golden: { links: { name: string; fragment: string }[] } = JSON.parse(
  readFileSync("e2e/fixtures/golden-links.json", "utf8"),
);
const both = golden.links.find((l) => l.name.startsWith("both"))!.fragment;
const one = golden.links.find((l) => l.name.startsWith("journey"))!.fragment;

const routes = exportedRoutes();
/** One English page of each kind: the dark scheme shares every component with the light one. */
const kinds = oneOfEachKind(routes.filter((r) => !isTranslated(r)));

test("the export has every route", () => {
  expect(routes).toEqual(
    expect.arrayContaining(["", "articles/", "assess/journey/", "assess/blunders/", "results/", "compare/", "team/"]),
  );
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    // Routes are scanned in a few groups: a fresh browser context per page would spend most
    // of its time downloading the same scripts again, not checking anything.
    const list = scheme === "light" ? routesToCheck(routes) : kinds;
    const groups = [
      list.filter((r) => !r.startsWith("articles/")),
      list.filter((r) => r.startsWith("articles/tag/")),
      list.filter((r) => r.startsWith("articles/") && !r.startsWith("articles/tag/")),
    ];
    for (const [i, group] of groups.entries()) {
      test(`pages group ${i + 1} (${group.length} routes) have no WCAG 2.1 AA violations`, async ({ page }) => {
        test.setTimeout(20_000 + group.length * 5_000);
        for (const route of group) {
          await test.step(`/${route}`, async () => {
            await page.goto(route);
            await expectNoViolations(page, `/${route}`);
          });
        }
      });
    }

    test("results, compare and team views with data have no violations", async ({ page }) => {
      await page.goto(`results/#${both}`);
      // Every section open, as a reader who wants it all would have it.
      for (const name of reportSections()) await openSection(page, name);
      await radarDrawn(page, /^Radar chart of stage/);
      await expectNoViolations(page, "results");
      await page.goto(`compare/#${new URLSearchParams({ before: one, after: both })}`);
      await expect(page.getByRole("table", { name: "Change by area" })).toBeVisible();
      await expectNoViolations(page, "compare");
      await page.goto("team/");
      await page.getByLabel(/Result links, one per line/).fill([`#${one}`, `#${both}`, "broken"].join("\n"));
      await page.getByRole("button", { name: "Show the team view" }).click();
      await expect(page.getByRole("table", { name: "Team spread by area" }).first()).toBeVisible();
      for (const name of ["Respondents", "Share or export this team view"]) await openSection(page, name);
      await expectNoViolations(page, "team");
    });
  });
}

// The same views in each translation, light only: the words differ, the components are English's.
for (const { locale } of TRANSLATED) {
  test(`in ${locale}: a result with notes, a comparison and a mixed team have no violations`, async ({ page }) => {
    for (const view of dataViewsIn(page, locale)) {
      await view.open();
      await expect(view.ready).toBeVisible();
      if (view.name === "team") await openSection(page, messagesFor(locale).team.respondentsTitle);
      await expectNoViolations(page, `/${locale}/ ${view.name}`);
    }
  });
}

for (const q of [journey(), blunders()]) {
  test(`every step of the ${q.id} flow has no violations`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`assess/${q.id}/`);
    await expectNoViolations(page, "intro");
    await page.getByRole("button", { name: "Start" }).click();
    for (const [i, question] of q.questions.entries()) {
      await page.getByRole("radio", { name: optionLabels(q, question)[i % 3]!, exact: true }).check();
      await expectNoViolations(page, question.id);
      await page.getByRole("button", { name: /^(Next|Review answers)$/ }).click();
    }
    await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
    await expectNoViolations(page, "review");
  });
}
