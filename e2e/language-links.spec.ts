import { expect, test } from "@playwright/test";
import { loadCatalogue } from "../lib/content/assessments/load-questionnaires";
import { headings } from "../lib/articles/text";
import { loadPageIn } from "../lib/content/load-pages";
import { messagesFor } from "../lib/i18n/messages";
import { flowLink } from "../lib/link/flow-links";
import { encodeFragment } from "../lib/link/fragment";
import { choose } from "../lib/questionnaire/answers";
import { journey } from "./support/content";

// A German leader stays on German pages: the journey finished on its German page opens the
// German report with the result in its fragment, and the report's link to the guide lands on
// the guide's section for leaders, under the English id, in German.
const m = messagesFor("de");

test("a journey finished in German opens the German report, whose guide link lands on its section", async ({
  page,
}) => {
  const j = journey();
  const answers = Object.fromEntries(j.questions.map((q, i) => [q.id, choose(i % q.options.length)]));
  const earlier = encodeFragment(
    { assessments: [{ questionnaireId: j.id, version: j.version, answers }] },
    loadCatalogue(),
  );
  // Every answer carried in, so the run opens on its review: no stepping through 28 questions.
  await page.goto(`de${flowLink(j.id, "retake", earlier)}`);
  await expect(page.getByRole("heading", { name: m.flow.review.title })).toBeFocused();
  await page.getByRole("button", { name: m.flow.review.seeResults }).first().click();
  // The German report, its link recording that the answers were given in German.
  await expect(page).toHaveURL(new RegExp(`/de/results/#v=\\d+&${j.id}=${j.version}\\..*&l=de&`));

  await page.getByRole("link", { name: m.pages.results.guideLink }).click();
  await expect(page).toHaveURL(/\/de\/guide\/#for-leaders$/);
  const forLeaders = headings(loadPageIn("de", "guide").body)[0]!.text;
  await expect(page.getByRole("heading", { level: 2, name: forLeaders })).toBeInViewport();
});
