import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { decodeInvitation } from "@/lib/invitation/token";
import { tokenInJoinFragment } from "@/lib/invitation/run";
import { InvitationMaker } from "./invitation-maker";

describe("the invitation maker", () => {
  it("makes a link that lists who is invited, an email that names the team on its own line, and a team view for it", async () => {
    render(<InvitationMaker minutes={18} locale="en" messages={messagesFor("en").invitation} />);
    await userEvent.type(screen.getByLabelText("Team name"), "Retail leadership team");
    await userEvent.type(screen.getByLabelText("Your name"), "Ana Souza");
    await userEvent.type(screen.getByLabelText("Your email"), "ana@example.org");
    await userEvent.type(screen.getByLabelText(/Who is invited/), "Chief executive{Enter}Head of stores");
    await userEvent.click(screen.getByRole("button", { name: "Make the invitation link" }));

    const field = screen.getByLabelText("Invitation link");
    const url = field instanceof HTMLInputElement ? field.value : "";
    const token = tokenInJoinFragment(url.split("#")[1] ?? "") ?? "";
    expect(decodeInvitation(token)).toMatchObject({
      ok: true,
      value: { team: "Retail leadership team", invited: ["Chief executive", "Head of stores"] },
    });
    const mail = decodeURIComponent(
      screen.getByRole("link", { name: "Email the invitation" }).getAttribute("href") ?? "",
    );
    expect(mail).toContain("Team: Retail leadership team");
    expect(screen.getByRole("link", { name: "Open the team view for this invitation" }).getAttribute("href")).toBe(
      `#team=1&i=${token}`,
    );
  });

  it("says field by field what to change, and focuses the first", async () => {
    render(<InvitationMaker minutes={18} locale="en" messages={messagesFor("en").invitation} />);
    await userEvent.click(screen.getByRole("button", { name: "Make the invitation link" }));
    expect(screen.getByText("Enter the team's name.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Team name/));
    expect(screen.queryByLabelText("Invitation link")).toBeNull();
  });
});
