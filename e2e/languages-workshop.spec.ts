import { expect, test } from "@playwright/test";
import { fill, languageNameIn } from "../lib/i18n/format";
import { LOCALES } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { encodeTeamFragment } from "../lib/team-input/team-link";
import { encodeAction } from "../lib/workshop/actions";
import { average, journey, journeyAreaScores, shown } from "./support/content";
import { csvText } from "./support/csv-file";
import { figureIn, literally, questionnairesIn, TRANSLATED } from "./support/languages";
import { openSection } from "./support/report";
import { answersOf, workshopTeam } from "./support/team";

// A whole workshop as a consultant runs it, in each language: the team view of a mixed team
// (its leaders answered in English, German, French and Spanish, as their links record), its
// findings, the slides, the actions and the exports. The team is e2e/team-workshop.spec.ts's:
// eight leaders who broadly agree and a sceptic, so the figures are English's.

const leaders = workshopTeam((n) => LOCALES[n % LOCALES.length]);
const SCEPTIC = "Sceptic · Acme";
/** Each journey area's team mean, lowest and highest, worked out from the English content. */
const spread = journey().dimensions.map((d, i) => {
  const scores = leaders.map((l) => journeyAreaScores(answersOf(journey(), l.pick))[i]!);
  return { id: d.id, mean: average(scores), min: Math.min(...scores), max: Math.max(...scores) };
});

for (const { locale, tag } of TRANSLATED) {
  test(`in ${tag}, a workshop on a team that answered in four languages: findings, slides, actions, exports`, async ({
    page,
  }) => {
    const { journey: j } = questionnairesIn(locale);
    const { team: t, workshop: w } = messagesFor(locale);
    const area = j.dimensions[0]!;
    const action = encodeAction({
      about: { questionnaireId: j.id, kind: "area", id: area.id },
      text: "Walk one complaint through every department, together",
      owner: "Head of service",
      due: "2027-03-31",
    });
    await page.goto(
      `${locale}/team/#${encodeTeamFragment(
        leaders.map((l) => l.link),
        { actions: [action] },
      )}`,
    );
    await expect(page.locator("html")).toHaveAttribute("lang", tag);
    await expect(page.getByRole("heading", { name: t.overallTitle })).toBeVisible();

    // The finding names the sceptic in the language's own sentence.
    const finding = fill(t.standsOutLow.split("{theirs}")[0]!, { leader: SCEPTIC, areas: t.everyArea }).trim();
    await expect(page.getByRole("region", { name: t.findingsTitle })).toContainText(finding);
    const grid = page.getByRole("table", { name: t.gridCaption, exact: true });
    await expect(grid.getByRole("row")).toHaveCount(2 + leaders.length);
    await expect(
      grid.getByRole("row", { name: new RegExp(`^${literally(SCEPTIC)}`) }).getByRole("cell", { name: t.farLowerMark }),
    ).toHaveCount(j.dimensions.length);

    // The same answers give the same scores as in English, written the language's way.
    const table = page.getByRole("table", { name: t.spreadCaption }).first();
    for (const s of spread) {
      const name = j.dimensions.find((d) => d.id === s.id)?.name ?? s.id;
      const row = table.getByRole("row", { name: new RegExp(`^${literally(name)}`) });
      await expect(row.getByRole("cell").nth(0)).toHaveText(figureIn(locale, shown(s.mean)));
      await expect(row.getByRole("cell").nth(1)).toHaveText(
        `${figureIn(locale, shown(s.min))}–${figureIn(locale, shown(s.max))}`,
      );
    }

    // Each leader's language, named in the page's language.
    const respondents = (await openSection(page, t.respondentsTitle)).getByRole("table", {
      name: t.respondentsCaption,
    });
    for (const l of leaders)
      await expect(respondents.getByRole("row").filter({ hasText: l.label })).toContainText(
        languageNameIn(locale, l.language ?? "en"),
      );

    // The actions agreed, about an area named in the language's content.
    const actions = page.getByRole("region", { name: w.actionsTitle, exact: true });
    await expect(actions).toContainText(fill(w.aboutArea, { area: area.name, title: j.title }));
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      actions.getByRole("button", { name: w.downloadActions }).click(),
    ]);
    const h = w.actionsCsv;
    const rows = (await csvText(file)).split("\r\n");
    expect(rows[0]).toBe([h.action, h.owner, h.due, h.about].map((x) => `"${x}"`).join(","));
    expect(rows[1]).toContain(`"${fill(w.aboutArea, { area: area.name, title: j.title })}"`);

    // The team's spreadsheet: headers in the language, the area rows with English's figures.
    await openSection(page, t.shareTitle);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: w.downloadCsv, exact: true }).click(),
    ]);
    const lines = (await csvText(csv)).split("\r\n");
    expect(lines[0]).toBe(
      Object.values(t.csv)
        .map((h) => `"${h}"`)
        .join(","),
    );
    for (const s of spread) {
      const name = j.dimensions.find((d) => d.id === s.id)?.name ?? s.id;
      expect(lines).toContainEqual(expect.stringContaining(`"area","journey","${name}",,,${shown(s.mean)},`));
    }

    // The slides: names hidden until shown, the action on the last.
    await page.getByRole("button", { name: t.present }).click();
    const slides = page.getByRole("dialog", { name: w.presentMode });
    const shownSlide = slides.locator(".slide:not([hidden])");
    // The slide shown takes focus once present mode is open: the keys work from then on.
    await expect(shownSlide).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(shownSlide).toContainText(fill(w.letterName, { letter: "I" }));
    await expect(slides).not.toContainText("Sceptic");
    await slides.getByRole("checkbox", { name: w.showNames }).check();
    await expect(shownSlide).toContainText(finding);
    await page.keyboard.press("End");
    await expect(shownSlide).toContainText("Walk one complaint through every department");
    await expect(shownSlide).toContainText(w.slideActions);
  });
}
