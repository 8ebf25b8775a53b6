import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { encodeFragment } from "@/lib/link/fragment";
import type { ImportanceByArea } from "@/lib/link/importance";
import { aggregateTeam } from "@/lib/team-input/aggregate";
import { buildTeamReport } from "@/lib/workshop/team-report";
import { TeamImportance } from "@/components/team/team-importance";
import { journeyAt, teamCatalogue } from "@/test/team-links";
import { teamContentFixture } from "@/test/team-content";
import { TeamFindings } from "./team-findings";
import { teamText } from "@/test/team-text";

// Each leader at another stage: two links with the same answers are one leader's result.
const linkOf = (stage: number, importance?: ImportanceByArea) =>
  `https://example.org/results/#${encodeFragment(
    {
      assessments: [{ questionnaireId: "mini", version: 1, answers: journeyAt(stage) }],
      ...(importance && { importance }),
    },
    teamCatalogue,
  )}`;
const content = { ...teamContentFixture(), importancePrompt: { prompt: "Settle it first.", credit: "C. Author" } };
const team = aggregateTeam(
  [linkOf(1, { a: "critical" }), linkOf(2, { a: "less" }), linkOf(3)].join("\n"),
  teamCatalogue,
);
const report = buildTeamReport(team, teamCatalogue, content, teamText());

describe("importance in the team view", () => {
  it("says where leaders disagree on what matters, with the prompt for the room", () => {
    render(
      <TeamFindings
        findings={report.findings}
        names={report.names}
        importancePrompt={report.importance?.prompt}
        words={teamText().team}
      />,
    );
    const item = screen.getByText(/^In Area A, leaders disagree on what matters/).closest("li")!;
    expect(within(item).getByText("Settle it first.")).toBeTruthy();
    expect(within(item).getByText("After C. Author.")).toBeTruthy();
  });

  it("counts the leaders at each level, area by area", () => {
    render(<TeamImportance model={report.importance!} words={teamText().team} />);
    const table = screen.getByRole("table", { name: "How many leaders marked each area at each level" });
    const row = within(table).getByRole("row", { name: /^Area A/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1", "0", "1", "1", "Less important now"]);
    expect(within(row).getByRole("rowheader").textContent).toBe("Area A · the team disagrees");
  });
});
