import type { Page } from "@playwright/test";
import { encodeCompareFragment } from "../../lib/compare/compare-link";
import type { Locale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import { encodeTeamFragment } from "../../lib/team-input/team-link";
import { golden } from "../../test/golden-links";
import { literally, questionnairesIn } from "./languages";
import { openSection } from "./report";
import { leaderLink, workshopTeam } from "./team";
import { blunders, journey } from "./content";

// The data-heavy views in a language, with real data: a result with notes and importance (a
// golden link, answered in German), a comparison, and a team whose leaders answered in four
// languages, one with a long role and an unbroken organisation name. Each opens with one page
// load, from a link, as a shared link opens.

const withNotes = golden.links.find((l) => l.notes !== undefined);
if (!withNotes) throw new Error("e2e/fixtures/golden-links.json has no link with notes");
const LONG_LABEL = "Chief operating officer and interim head of customer experience, EMEA";
const LONG_WORD = "Internationalcustomerexperiencetransformationprogrammeoffice";
const later = leaderLink([journey(), blunders()], (options, i) => (i * 3 + 1) % options, LONG_LABEL, "fr");
const team = [withNotes.fragment, later, leaderLink([journey()], () => 0, LONG_WORD, "es")].concat(
  workshopTeam((n) => (["en", "de", "fr", "es"] as const)[n % 4])
    .slice(0, 3)
    .map((l) => l.link),
);

/** Each view of a language: how to open it, and what shows once it is drawn. */
export function dataViewsIn(page: Page, locale: Locale) {
  const m = messagesFor(locale);
  const at = (path: string) => (locale === "en" ? path : `${locale}/${path}`);
  return [
    {
      name: "results",
      open: async () => {
        await page.goto(at(`results/#${withNotes!.fragment}`));
        // The journey's section holds the notes, beside each answer.
        await openSection(page, questionnairesIn(locale).journey.title);
      },
      ready: page.getByRole("region", { name: m.report.summary.overallStage }),
    },
    {
      name: "compare",
      open: () => page.goto(at(`compare/#${encodeCompareFragment(withNotes!.fragment, later)}`)),
      ready: page
        .getByRole("table", { name: new RegExp(literally(m.compare.byArea.split("{scale}")[0]!.trim())) })
        .first(),
    },
    {
      name: "team",
      open: () => page.goto(at(`team/#${encodeTeamFragment(team)}`)),
      ready: page.getByRole("table", { name: m.team.spreadCaption }).first(),
    },
  ];
}
