import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { teamViewMessages } from "@/lib/i18n/messages/team-view";
import { teamCatalogue, teamLinkIn } from "@/test/team-links";
import { teamContentFixture } from "@/test/team-content";
import { TeamView } from "./team-view";

/** Links answered in French, Spanish and English: one team, read in the facilitator's language. */
const links = [teamLinkIn("fr", 0, "DAF"), teamLinkIn("es", 2, "CEO"), teamLinkIn("en", 4, "COO")];

/** Every string of a module, by its path of keys. */
function strings(value: unknown, path = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") out.set(path, value);
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) strings(inner, path ? `${path}.${key}` : key, out);
  return out;
}

/**
 * The English phrases a translated view must not show: each English message's words between its
 * placeholders, where the translation differs and the phrase is long enough to be English only.
 */
function englishPhrases(locale: Locale): string[] {
  const translated = strings(teamViewMessages(locale));
  return [...strings(teamViewMessages("en"))].flatMap(([path, text]) =>
    translated.get(path) === text ? [] : text.split(/\{\w+\}/).filter((phrase) => phrase.trim().length >= 14),
  );
}

const EXPECTED: Record<Exclude<Locale, "en">, { show: string; read: string; languages: string[] }> = {
  de: {
    show: "Teamansicht anzeigen",
    read: "3 Ergebnisse gelesen.",
    languages: ["Französisch", "Spanisch", "Englisch"],
  },
  fr: { show: "Afficher la vue d’équipe", read: "3 résultats lus.", languages: ["français", "espagnol", "anglais"] },
  es: { show: "Mostrar la vista de equipo", read: "3 resultados leídos.", languages: ["francés", "español", "inglés"] },
};

afterEach(() => window.history.replaceState(null, "", "/team/"));

describe.each(Object.entries(EXPECTED))("the team view in %s", (locale, expected) => {
  const language = locale === "de" || locale === "fr" || locale === "es" ? locale : "en";
  const messages = teamViewMessages(language);

  it("reads links answered in other languages as one team, every word in the page's language", async () => {
    render(<TeamView catalogue={teamCatalogue} content={teamContentFixture()} locale={language} messages={messages} />);
    await userEvent.click(
      screen.getByLabelText(messages.teamInput.linksLabel.split("(")[0]?.trim() ?? "", { exact: false }),
    );
    await userEvent.paste(links.join("\n"));
    await userEvent.click(screen.getByRole("button", { name: expected.show }));
    expect(await screen.findByText(expected.read)).toBeTruthy();
    expect(await screen.findByRole("heading", { name: messages.team.gridTitle })).toBeTruthy();
    expect(screen.getByRole("heading", { name: messages.team.findingsTitle })).toBeTruthy();

    // The respondents come with the report's last part, a few tasks after the view.
    await userEvent.click(await screen.findByRole("button", { name: messages.team.respondentsTitle }));
    const table = await screen.findByRole("table", { name: messages.team.respondentsCaption });
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole("row")
          .slice(1)
          .map((row) => row.children[3]?.textContent),
      ).toEqual(expected.languages),
    );

    const shown = document.body.textContent ?? "";
    expect(englishPhrases(language).filter((phrase) => shown.includes(phrase))).toEqual([]);
  });
});
