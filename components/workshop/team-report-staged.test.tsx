import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { blundersAt, journeyAt, teamCatalogue, teamLink } from "@/test/team-links";
import { teamContentFixture } from "@/test/team-content";
import { teamViewMessages } from "@/lib/i18n/messages/team-view";
import { TeamView } from "./team-view";

const messages = teamViewMessages("en");
const content = teamContentFixture();
const team = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    teamLink({ journey: journeyAt(i % 5), blunders: blundersAt(i % 3) }, { label: `Leader ${i + 1}` }),
  ).join("\n");

/** Each report heading the page gains, in the order they arrive, grouped by the mutation batch (a commit) that added them. */
function watchHeadings() {
  const batches: string[][] = [];
  const observer = new MutationObserver((records) => {
    const added = records
      .flatMap((r) => [...r.addedNodes])
      .flatMap((n) => (n instanceof Element ? [...(n.matches("h2") ? [n] : []), ...n.querySelectorAll("h2")] : []))
      .filter((h) => h.closest(".team-report"))
      .map((h) => h.textContent ?? "");
    if (added.length > 0) batches.push(added);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { batches, stop: () => observer.disconnect() };
}

const reportHeadings = () => [...document.querySelectorAll(".team-report h2")].map((h) => h.textContent ?? "");
// The report's last part: the sharing tools.
const lastPart = () => screen.findByRole("heading", { name: messages.team.shareTitle }, { timeout: 5000 });

const showTeam = async (links: string) => {
  const user = userEvent.setup();
  const box = screen.getByLabelText(/Result links, one per line/);
  await user.clear(box);
  await user.click(box);
  await user.paste(links);
  await user.click(screen.getByRole("button", { name: "Show the team view" }));
};

afterEach(() => window.history.replaceState(null, "", "/team/"));

describe("the team report drawn a part per task", () => {
  it("draws every section, in the page's order, over several commits", async () => {
    render(<TeamView catalogue={teamCatalogue} content={content} locale="en" messages={messages} />);
    const watch = watchHeadings();
    await showTeam(team(6));
    await lastPart();
    watch.stop();
    const shown = reportHeadings();
    // All of them: the grid, both spreads, the sharing tools among them.
    expect(shown).toEqual(expect.arrayContaining([messages.team.gridTitle, messages.team.shareTitle]));
    expect(watch.batches.flat()).toEqual(shown);
    // The first commit holds the team's result, not the grid or what follows it.
    expect(watch.batches[0]).not.toContain(messages.team.gridTitle);
    expect(watch.batches.length).toBeGreaterThanOrEqual(5);
  });

  it("stages another team's report again, rather than drawing it whole in one task", async () => {
    render(<TeamView catalogue={teamCatalogue} content={content} locale="en" messages={messages} />);
    await showTeam(team(6));
    await lastPart();
    const first = reportHeadings();
    const watch = watchHeadings();
    await showTeam(team(4));
    await waitFor(() => expect(screen.getByText("4 results read.")).toBeTruthy());
    await lastPart();
    watch.stop();
    // The later parts left and came back a part at a time, in order.
    const second = reportHeadings();
    expect(second).toHaveLength(first.length);
    expect(watch.batches.flat()).toEqual(second.slice(second.indexOf(messages.team.gridTitle)));
    expect(watch.batches.length).toBeGreaterThanOrEqual(4);
  });
});
