import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { journeyAt, teamCatalogue, teamLink } from "@/test/team-links";
import { teamContentFixture } from "@/test/team-content";
import { encodeInvitation } from "@/lib/invitation/token";
import { TEAM_INPUT_KEY } from "@/lib/workshop/stored-input";
import { TeamView } from "./team-view";
import { teamViewMessages } from "@/lib/i18n/messages/team-view";

const english = { locale: "en" as const, messages: teamViewMessages("en") };

const content = teamContentFixture();
const links = [
  teamLink({ journey: journeyAt(1) }, { label: "CEO" }),
  teamLink({ journey: journeyAt(2) }, { label: "CFO" }),
  teamLink({ journey: journeyAt(4) }, { label: "COO" }),
];
const box = () => screen.getByLabelText(/Result links, one per line/);
const show = () => screen.getByRole("button", { name: "Show the team view" });
const paste = async (text: string) => {
  // One change event, as a paste gives: typing 300 characters key by key would test the keyboard.
  const user = userEvent.setup();
  await user.click(box());
  await user.paste(text);
};

afterEach(() => window.history.replaceState(null, "", "/team/"));

describe("the team view's input", () => {
  it("reads pasted links, says how many, and puts the team link in the address", async () => {
    render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    await paste(links.join("\n"));
    await userEvent.click(show());
    expect(await screen.findByText("3 results read.")).toBeTruthy();
    await waitFor(() => expect(window.location.hash).toMatch(/^#team=1&r=v%3D2/));
    expect(await screen.findByRole("heading", { name: "Who sees what" })).toBeTruthy();
  });

  it("keeps what was pasted in this browser until it is cleared", async () => {
    const first = render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    await paste(links[0] ?? "");
    await waitFor(() => expect(localStorage.getItem(TEAM_INPUT_KEY)).toContain(links[0]));
    first.unmount();
    render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    await waitFor(() => expect(box()).toHaveProperty("value", links[0]));
    await userEvent.click(screen.getByRole("button", { name: "Clear the box" }));
    expect(box()).toHaveProperty("value", "");
    expect(localStorage.getItem(TEAM_INPUT_KEY)).toBeNull();
  });

  it("opens the same view from the address it wrote, as a reload or a bookmark would", async () => {
    const first = render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    await paste(links.join("\n"));
    await userEvent.click(show());
    await waitFor(() => expect(window.location.hash).toMatch(/^#team=1/));
    first.unmount();
    localStorage.clear();
    render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    expect(await screen.findByText("3 results read.")).toBeTruthy();
    // The box gets the links back once the browser is idle.
    await waitFor(() => expect(box()).toHaveProperty("value", expect.stringContaining("#v=2")));
  });

  it("says clearly why a binary paste is not read, and counts nothing", async () => {
    render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    await paste("\u0000\u0001\u0002".repeat(50));
    await userEvent.click(show());
    expect((await screen.findByRole("alert")).textContent).toMatch(/not plain text/);
    expect(screen.queryByText(/results? read/)).toBeNull();
  });

  it("refuses a paste over the size cap before it reaches the box", async () => {
    render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    await paste("x".repeat(5 * 1024 * 1024));
    expect(screen.getByRole("alert").textContent).toBe(
      "This text is 5.0 MB; the team view reads up to 2 MB (thousands of links). Split it, or paste only the links.",
    );
    expect(box()).toHaveProperty("value", "");
    expect(localStorage.getItem(TEAM_INPUT_KEY)).toBeNull();
  });

  it("lists the lines it could not count, with their reason", async () => {
    render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    await paste([links[0], "not a link at all"].join("\n"));
    await userEvent.click(show());
    expect(await screen.findByText("1 result read, 1 line skipped.")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Lines that were not counted" }).textContent).toContain(
      "There is no result link in this line.",
    );
  });

  it("shows who has answered an invitation, with a reminder for those missing", async () => {
    const token = encodeInvitation({
      team: "Retail leadership team",
      facilitator: { name: "Ana Souza", email: "ana@example.org" },
      invited: ["CEO", "CFO", "Head of stores"],
      closes: "2027-03-31",
    });
    render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    await paste(links.slice(0, 2).join("\n"));
    await userEvent.click(screen.getByLabelText(/The invitation link they answered/));
    await userEvent.paste(`https://x.org/join/#i=${token}`);
    await userEvent.click(show());
    const who = await screen.findByRole("region", { name: "Who has answered" });
    expect(who.textContent).toContain("Answered so far: 2 of the 3 people or roles invited.");
    expect(who.textContent).toContain("Not yet: Head of stores.");
    const reminder = screen.getByRole("link", { name: "Email a reminder" }).getAttribute("href") ?? "";
    expect(decodeURIComponent(reminder)).toContain(`/join/#i=${token}`);
    await waitFor(() => expect(window.location.hash).toContain(`&i=${token}&`));
  });
});

describe("while a large input is read", () => {
  it("shows its progress in a status line", async () => {
    // 3,000 lines of junk take several slices on the page (no worker in tests): the status says
    // how far reading has got, then gives way to the result.
    render(<TeamView catalogue={teamCatalogue} content={content} {...english} />);
    await act(async () => {
      await paste(Array.from({ length: 3000 }, (_, i) => `junk line ${i} v=9&x=${i}`).join("\n"));
    });
    await userEvent.click(show());
    expect(await screen.findByText(/^Reading 3,000 lines… [\d,]+ done$/)).toBeTruthy();
    expect(await screen.findByText("0 results read, 3,000 lines skipped.")).toBeTruthy();
  });
});
