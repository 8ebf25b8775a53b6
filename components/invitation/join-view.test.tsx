import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { decodeInvitation, encodeInvitation, type Invitation } from "@/lib/invitation/token";
import { invitationErrorInEnglish } from "@/lib/invitation/english-errors";
import { invitedRun, joinFragment } from "@/lib/invitation/run";
import { formatDate } from "@/lib/shared/dates";
import { JoinView } from "./join-view";

const { journeyId, minutes } = invitedRun(loadCurrentQuestionnaires());
const invitation: Invitation = {
  team: "Northwind leadership team",
  facilitator: { name: "Ana Silva", email: "ana@example.org" },
  invited: ["Chief executive", "Head of service"],
  closes: "2099-12-31",
};

/** The landing page at an address, as a respondent opens it from the email. */
function open(fragment: string) {
  window.history.replaceState(null, "", `/join/#${fragment}`);
  render(<JoinView journeyId={journeyId} minutes={minutes} locale="en" messages={messagesFor("en")} />);
}

afterEach(() => window.history.replaceState(null, "", "/join/"));

describe("the page an invitation link opens", () => {
  it("says who invites, for which team, by when and how long it takes, and offers the invited as choices", async () => {
    open(joinFragment(encodeInvitation(invitation)));
    expect(await screen.findByText(/invites you to give your own view/)).toHaveProperty(
      "textContent",
      "Ana Silva invites you to give your own view of how customer-centric the organisation is, before a workshop.",
    );
    expect(screen.getByText("Northwind leadership team")).toBeTruthy();
    expect(screen.getByText(`Please answer by ${formatDate("2099-12-31")}.`)).toBeTruthy();
    expect(
      screen.getByText(
        `Two questionnaires, one after the other, about ${minutes} minutes in all, reading carefully at 130 words a minute.`,
      ),
    ).toBeTruthy();
    const who = screen.getByRole("combobox", { name: "Who you are, as invited" });
    expect(
      within(who)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Choose your line…", "Chief executive", "Head of service", "Not on the list (type your role)"]);
    expect(screen.getByRole("button", { name: "Start" })).toBeTruthy();
  });

  it("still welcomes an answer after the closing date, and says the date has passed", async () => {
    open(joinFragment(encodeInvitation({ ...invitation, closes: "2020-01-31" })));
    expect(await screen.findByText(/The closing date, .+, has passed\./)).toHaveProperty(
      "textContent",
      expect.stringContaining(`The closing date, ${formatDate("2020-01-31")}, has passed.`),
    );
    expect(screen.queryByText(/Please answer by/)).toBeNull();
    expect(screen.getByRole("button", { name: "Start" })).toBeTruthy();
  });

  it("says what is wrong with a changed link, and offers the assessment on one's own", async () => {
    const token = encodeInvitation(invitation);
    const changed = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    const problem = decodeInvitation(changed);
    expect(problem.ok).toBe(false);
    open(joinFragment(changed));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "This invitation cannot be opened" })).toBeTruthy();
    if (!problem.ok) expect(within(alert).getByText(invitationErrorInEnglish(problem.error))).toBeTruthy();
    expect(within(alert).getByRole("link", { name: "Take the assessment on your own" })).toHaveProperty(
      "pathname",
      `/assess/${journeyId}/`,
    );
    expect(screen.queryByRole("button", { name: "Start" })).toBeNull();
  });

  it("says an address without an invitation holds none, rather than showing an empty form", async () => {
    open("");
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(/this address holds none/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Start" })).toBeNull();
  });
});
