import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { loadCatalogueIn } from "@/lib/content/i18n/load-translations";
import { loadReportContentIn } from "@/lib/content/assessments/load-report-content";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { fill } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { encodeInvitation } from "@/lib/invitation/token";
import { arrivalHash } from "@/lib/link/arrival";
import { encodeFragment } from "@/lib/link/fragment";
import { choose } from "@/lib/questionnaire/answers";
import { journeyOf } from "@/lib/questionnaire/catalogue";
import { forBrowser } from "@/lib/questionnaire/for-browser";
import { shownText, untranslated } from "@/test/untranslated";
import { ResultsView } from "./results-view";

const journey = journeyOf(loadCurrentQuestionnaires())!;
const invitation = { team: "Northwind", facilitator: { name: "Ana Silva", email: "ana@example.org" } };
const token = encodeInvitation(invitation);

// Storage that is full: reads as ever, refuses every write.
let full: MockInstance<Storage["setItem"]> | undefined;
afterEach(() => {
  full?.mockRestore();
  // A result saved by an earlier test would be "already kept", and the full storage never met.
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, "", "/results/");
});

for (const locale of LOCALES.filter((l) => l !== "en")) {
  describe(`the end of an invited run in ${locale}`, () => {
    const catalogue = loadCatalogueIn(locale).map(forBrowser);
    const content = loadReportContentIn(locale);
    const { sendResult: m, storage } = messagesFor(locale);
    const { pieces } = untranslated(locale, ({ sendResult, storage }) => ({ sendResult, storage }));
    const own = encodeFragment(
      {
        assessments: [
          {
            questionnaireId: journey.id,
            version: journey.version,
            answers: Object.fromEntries(journey.questions.map((q) => [q.id, choose(2)])),
          },
        ],
      },
      catalogue,
    );
    const open = (invite: string) => {
      full = vi.spyOn(localStorage, "setItem").mockImplementation(() => {
        throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
      });
      window.history.replaceState(null, "", `/results/#${arrivalHash({ own, invite })}`);
      render(<ResultsView catalogue={catalogue} content={content} />);
    };
    const noEnglish = () => {
      const text = shownText();
      expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
    };

    it("offers to send the result to the facilitator, and says the full storage, in the page's language", async () => {
      open(token);
      const send = await screen.findByRole("region", { name: fill(m.title, { name: "Ana Silva" }) });
      const mail = within(send).getByRole("link", { name: fill(m.email, { name: "Ana Silva" }) });
      const href = decodeURIComponent(mail.getAttribute("href") ?? "");
      expect(href).toContain(fill(m.mail.subject, { team: "Northwind" }));
      expect(href).toContain(m.mail.holds);
      expect(within(send).getByRole("button", { name: m.copy })).toBeTruthy();
      // As written: French keeps its narrow no-break spaces before colons.
      const notKept = fill(storage.notKept.quota, { keep: storage.keepTheLink });
      expect(await screen.findByText(notKept, { normalizer: (text) => text })).toBeTruthy();
      noEnglish();
    });

    it("says in the page's language that a damaged invitation leaves the link to send by hand", async () => {
      open(`${token.slice(0, -2)}xx`);
      const alert = await screen.findByRole("alert");
      const problem = fill(m.invitationLink.kinds.tampered, { ask: m.invitationLink.ask });
      expect(alert.textContent).toBe(fill(m.lost, { problem }));
      noEnglish();
      expect(shownText()).not.toContain(messagesFor("en").invitationLink.ask);
    });
  });
}
