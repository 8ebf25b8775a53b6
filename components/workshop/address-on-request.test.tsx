import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { journeyAt, teamCatalogue, teamLink } from "@/test/team-links";
import { teamContentFixture } from "@/test/team-content";
import { teamViewMessages } from "@/lib/i18n/messages/team-view";
import { TeamView } from "./team-view";

// A team link past ADDRESS_ON_REQUEST is some 350 results with notes: reading that many in the
// DOM test takes long, so the limit is lowered here and the rule is tested at a team of twelve.
const { LIMIT } = vi.hoisted(() => ({ LIMIT: 600 }));
vi.mock("@/lib/team-input/team-link", async (actual) => ({
  ...(await actual<typeof import("@/lib/team-input/team-link")>()),
  ADDRESS_ON_REQUEST: LIMIT,
}));

const links = Array.from({ length: 12 }, (_, i) => teamLink({ journey: journeyAt(i % 6) }, { label: `Role ${i}` }));
afterEach(() => window.history.replaceState(null, "", "/team/"));

describe("a team link too long to write at every change", () => {
  it("is written into the address only when asked, by keyboard, and then follows the view", async () => {
    const user = userEvent.setup();
    render(
      <TeamView
        catalogue={teamCatalogue}
        content={teamContentFixture()}
        locale="en"
        messages={teamViewMessages("en")}
      />,
    );
    await user.click(screen.getByLabelText(/Result links, one per line/));
    await user.paste(links.join("\n"));
    await user.click(screen.getByRole("button", { name: "Show the team view" }));
    expect(await screen.findByText("12 results read.")).toBeTruthy();
    // The button comes with the exports, which build the link: by then a short team's is written.
    const ask = await screen.findByRole("button", { name: "Put this team in the address" });
    expect(screen.getByText(/^This team’s link is [\d,]+ characters long\./)).toBeTruthy();
    expect(window.location.hash).toBe("");
    ask.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(window.location.hash).toMatch(/^#team=1&r=/));
    expect(window.location.hash.length).toBeGreaterThan(LIMIT);
    const said = screen.getByText("The address now holds this team: a reload or a bookmark brings it back.");
    expect(said.getAttribute("role")).toBe("status");
    expect(document.activeElement).toBe(ask);
  });
});
