import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { journeyAt, teamCatalogue, teamLink } from "@/test/team-links";
import { teamContentFixture } from "@/test/team-content";
import { aggregateTeam } from "@/lib/team-input/aggregate";
import { buildTeamReport } from "@/lib/workshop/team-report";
import { buildSlides } from "@/lib/workshop/slides";
import { PresentMode } from "./present-mode";
import { teamText } from "@/test/team-text";

// A team of four in which the CEO sees every area far higher than the rest.
const team = aggregateTeam(
  [
    teamLink({ journey: journeyAt(5) }, { label: "CEO" }),
    teamLink({ journey: journeyAt(1) }, { label: "CFO" }),
    teamLink({ journey: journeyAt(1) }, { label: "COO", org: "Acme" }),
    teamLink({ journey: journeyAt(2) }, { label: "CMO" }),
  ].join("\n"),
  teamCatalogue,
);
const report = buildTeamReport(team, teamCatalogue, teamContentFixture(), teamText());
const slides = buildSlides(report, { today: "2027-03-12", actions: [], team: "Retail leadership team" }, teamText());

function present() {
  const onLeave = vi.fn();
  const opener = document.createElement("button");
  document.body.append(opener);
  opener.focus();
  const view = render(<PresentMode slides={slides} names={report.names} onLeave={onLeave} text={teamText()} />);
  return { onLeave, opener, view };
}
const current = () => document.querySelector<HTMLElement>(".slide:not([hidden])");

describe("present mode", () => {
  it("shows one slide at a time, focused, and steps through them by keyboard", async () => {
    present();
    expect(document.querySelectorAll(".slide")).toHaveLength(slides.length);
    expect(current()?.dataset.slide).toBe("title");
    expect(document.activeElement).toBe(current());
    await userEvent.keyboard("{ArrowRight}");
    expect(current()?.dataset.slide).toBe(slides[1]?.key);
    expect(document.activeElement).toBe(current());
    await userEvent.keyboard("{End}");
    expect(current()?.dataset.slide).toBe(slides.at(-1)?.key);
    await userEvent.keyboard("{ArrowRight}");
    expect(current()?.dataset.slide).toBe(slides.at(-1)?.key);
    await userEvent.keyboard("{Home}");
    expect(screen.getByText(`1 of ${slides.length}`, { exact: false })).toBeTruthy();
  });

  it("hides names by default, as Leader A, B, C…, and shows them only when asked", async () => {
    present();
    await userEvent.keyboard("{ArrowRight}");
    const findings = () => current()?.textContent ?? "";
    expect(findings()).toContain("Leader A sees every area far higher than the rest of the team");
    expect(document.body.textContent).not.toContain("CEO");
    await userEvent.click(screen.getByRole("checkbox", { name: "Show names" }));
    expect(findings()).toContain("CEO sees every area far higher than the rest of the team");
  });

  it("leaves on Escape or the button, and hands focus back to what opened it", async () => {
    const { onLeave, opener, view } = present();
    await userEvent.keyboard("{Escape}");
    expect(onLeave).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole("button", { name: "Leave (Esc)" }));
    expect(onLeave).toHaveBeenCalledTimes(2);
    view.unmount();
    expect(document.activeElement).toBe(opener);
    expect(document.documentElement.hasAttribute("data-presenting")).toBe(false);
  });

  it("hides the page behind it while presenting", () => {
    present();
    expect(document.documentElement.hasAttribute("data-presenting")).toBe(true);
    expect(screen.getByRole("dialog", { name: "Present mode" })).toBeTruthy();
  });
});
