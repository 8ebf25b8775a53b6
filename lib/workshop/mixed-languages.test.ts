import { describe, expect, it } from "vitest";
import { teamContentFixture } from "../../test/team-content";
import { teamCatalogue, teamLinkIn } from "../../test/team-links";
import { teamText } from "../../test/team-text";
import type { Locale } from "../i18n/locales";
import { drain } from "../shared/slices";
import { teamExports } from "./exports";
import { teamViewSteps } from "./read-team";

const LEADERS: [Locale, number, string][] = [
  ["de", 0, "Geschäftsführung"],
  ["fr", 1, "Directrice financière"],
  ["es", 3, "Director de operaciones"],
  ["en", 4, "Head of service"],
];

function read(lines: string[], locale: Locale) {
  const text = teamText(locale);
  const read = drain(
    teamViewSteps({ kind: "text", text: lines.join("\n"), source: "text" }, teamCatalogue, teamContentFixture(), text),
  );
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return { ...read.value, exports: teamExports(read.value.team, teamCatalogue, text) };
}

describe("a team whose leaders answered in different languages", () => {
  const mixed = LEADERS.map(([language, stage, label]) => teamLinkIn(language, stage, label));
  const english = LEADERS.map(([, stage, label]) => teamLinkIn("en", stage, label));

  it("is one team: every leader counted, with the same figures as the team answering in one language", () => {
    const team = read(mixed, "en");
    const same = read(english, "en");
    expect(team.view.summary.leaders).toBe(4);
    expect(team.view.report.overall).toEqual(same.view.report.overall);
    expect(team.view.summary.byQuestionnaire).toEqual(same.view.summary.byQuestionnaire);
    expect(team.view.report.grid.rows.map((r) => r.cells)).toEqual(same.view.report.grid.rows.map((r) => r.cells));
  });

  it("keeps each leader's language beside their result, in the order they were pasted", () => {
    const { exports } = read(mixed, "de");
    expect(exports.respondents.map((r) => [r.label, r.language])).toEqual(
      LEADERS.map(([language, , label]) => [label, language]),
    );
  });

  it("is written in the facilitator's language, whatever the leaders answered in", () => {
    const german = read(mixed, "de").view.report;
    expect(german.status).toBe("4 Ergebnisse gelesen.");
    expect(german.overall[0]?.detail).toMatch(/^Teammittel \d,\d+ über 4 Führungskräfte$/);
    const spanish = read(mixed, "es").view.report;
    expect(spanish.status).toBe("4 resultados leídos.");
    expect(spanish.spreads[0]?.heading).toBe("Mini journey: 4 encuestados");
  });
});
