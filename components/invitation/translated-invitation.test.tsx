import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { fill, formatDateIn } from "@/lib/i18n/format";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { invitedRun, joinFragment } from "@/lib/invitation/run";
import { encodeInvitation, type Invitation } from "@/lib/invitation/token";
import { InviteSection } from "./invite-section";
import { JoinView } from "./join-view";

const leaves = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(leaves) : [];
const ownWords = (locale: Locale) => {
  const { invitation, estimate } = messagesFor(locale);
  return leaves({ invitation, estimate });
};
// The invitation's own English, in pieces long enough not to occur in another language by
// chance, less what the language writes the same ("Organisation"): none may show translated.
const english = ownWords("en");
const piecesOf = (translated: readonly string[]) =>
  [...new Set(english.flatMap((s) => s.split(/\{\w+\}/)).map((s) => s.trim()))].filter(
    (s) => s.length >= 8 && !translated.some((t) => t.includes(s)),
  );
const shown = () =>
  [
    document.body.textContent ?? "",
    ...[...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label") ?? ""),
  ].join("\n");

const invitation: Invitation = {
  team: "Northwind leadership team",
  facilitator: { name: "Ana Silva", email: "ana@example.org" },
  invited: ["Chief executive", "Head of service"],
  closes: "2099-12-31",
};

afterEach(() => window.history.replaceState(null, "", "/join/"));

for (const locale of LOCALES.filter((l) => l !== "en")) {
  describe(`invitations in ${locale}`, () => {
    const { invitation: m, estimate } = messagesFor(locale);
    const pieces = piecesOf(ownWords(locale));
    const noEnglish = () => {
      expect(pieces.length).toBeGreaterThan(30);
      const text = shown();
      expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
    };

    it("the page an invitation opens says who invites, by when, and asks for the role in the page's language", async () => {
      const { journeyId, minutes } = invitedRun(loadCurrentQuestionnairesIn(locale));
      window.history.replaceState(null, "", `/join/#${joinFragment(encodeInvitation(invitation))}`);
      render(
        <JoinView journeyId={journeyId} minutes={minutes} locale={locale} messages={{ invitation: m, estimate }} />,
      );
      expect(await screen.findByText(fill(m.join.answerBy, { date: formatDateIn(locale, "2099-12-31") }))).toBeTruthy();
      expect(screen.getByRole("combobox", { name: m.form.asInvited })).toBeTruthy();
      const start = screen.getByRole("button", { name: m.form.start });
      noEnglish();
      // Start without a role: the refusal is in the page's language too.
      await userEvent.setup().click(start);
      // As written: French keeps its narrow no-break space before the colon.
      expect(screen.getByText(m.form.required, { normalizer: (text) => text })).toBeTruthy();
      noEnglish();
    });

    it("'Invite leaders' labels its form and what it makes in the page's language", async () => {
      const user = userEvent.setup();
      render(<InviteSection minutes={18} locale={locale} messages={m} />);
      await user.click(screen.getByText(m.invite.title));
      await user.type(screen.getByLabelText(m.invite.team), "Northwind");
      await user.type(screen.getByLabelText(m.invite.name), "Ana Silva");
      await user.type(screen.getByLabelText(m.invite.email), "ana@example.org");
      await user.click(screen.getByRole("button", { name: m.invite.make }));
      expect(screen.getByLabelText(m.invite.link)).toBeTruthy();
      expect(screen.getByRole("button", { name: m.invite.copy })).toBeTruthy();
      noEnglish();
    });
  });
}
