import { describe, expect, it } from "vitest";
import { golden } from "../../test/golden-links";
import { teamText } from "../../test/team-text";
import { loadTeamContent } from "../content/assessments/load-team-content";
import { loadCatalogue } from "../content/assessments/load-questionnaires";
import { drain } from "../shared/slices";
import { teamExports } from "../workshop/exports";
import { teamViewSteps } from "../workshop/read-team";
import { forBrowser, forTeamView } from "./for-browser";

describe("the team view's questionnaires", () => {
  const full = loadCatalogue().map(forBrowser);
  const lean = loadCatalogue().map(forTeamView);

  it("leave out the changelog and the questions' help, and nothing else", () => {
    expect(full.some((q) => q.changelog !== undefined)).toBe(true);
    expect(full.some((q) => q.questions.some((question) => question.help !== undefined))).toBe(true);
    expect(lean.some((q) => q.changelog !== undefined || q.questions.some((question) => "help" in question))).toBe(
      false,
    );
    expect(lean.map((q) => [q.id, q.version, q.questions.map((question) => question.text)])).toEqual(
      full.map((q) => [q.id, q.version, q.questions.map((question) => question.text)]),
    );
  });

  it("give the same team view and exports for every golden link, old versions included", () => {
    // Every link ever shared, pasted as one team: read with the questionnaires the team page ships
    // and with the full ones, the view (report, findings, grid) and the exports are the same.
    const text = golden.links.map((l) => `https://example.org/results/#${l.fragment}`).join("\n");
    const read = (catalogue: typeof full) => {
      const steps = teamViewSteps({ kind: "text", text, source: "text" }, catalogue, loadTeamContent(), teamText());
      const outcome = drain(steps);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
      return { view: outcome.value.view, exports: teamExports(outcome.value.team, catalogue, teamText()) };
    };
    const withFull = read(full);
    expect(withFull.view.summary.respondents).toBe(golden.links.length);
    expect(read(lean)).toEqual(withFull);
  });
});
