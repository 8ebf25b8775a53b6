import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { fill, formatDateIn } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { invitedRun, joinFragment } from "@/lib/invitation/run";
import { encodeInvitation, type Invitation } from "@/lib/invitation/token";
import { shownText, untranslated } from "@/test/untranslated";
import { InviteSection } from "./invite-section";
import { JoinView } from "./join-view";

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
    const { pieces } = untranslated(locale, ({ invitation, estimate }) => ({ invitation, estimate }));
    const noEnglish = () => {
      expect(pieces.length).toBeGreaterThan(30);
      const text = shownText();
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
