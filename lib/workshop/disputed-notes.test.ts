import { describe, expect, it } from "vitest";
import { journeyAt, teamCatalogue } from "../../test/team-links";
import { teamContentFixture } from "../../test/team-content";
import { encodeFragment } from "../link/fragment";
import { packNotes } from "../link/notes";
import type { Answers } from "../questionnaire/answers";
import { drain } from "../shared/slices";
import { disputedNotes } from "./disputed-notes";
import { teamViewSteps } from "./read-team";
import { teamText } from "../../test/team-text";

async function link(answers: Answers, label: string, notes?: Record<string, string>) {
  const packed = notes ? await packNotes({ mini: notes }) : undefined;
  const result = {
    assessments: [{ questionnaireId: "mini", version: 1, answers }],
    label,
    ...(packed && { notes: packed }),
  };
  return `https://example.org/results/#${encodeFragment(result, teamCatalogue)}`;
}

async function teamView(lines: string[]) {
  const read = drain(
    teamViewSteps(
      { kind: "text", text: lines.join("\n"), source: "text" },
      teamCatalogue,
      teamContentFixture(),
      teamText(),
    ),
  );
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  const { view, team } = read.value;
  return { ...view, report: { ...view.report, questions: await disputedNotes(team, view.report.questions ?? []) } };
}

describe("notes on disputed questions", () => {
  it("gives each disputed question the notes leaders left on it, by leader, in the links' order", async () => {
    const view = await teamView([
      await link(journeyAt(0), "CFO", { "a-1": "Budget cut the <b>panel</b>", "b-1": "n/a" }),
      await link(journeyAt(1), "COO"),
      await link(journeyAt(4), "CMO", { "a-1": "We run monthly interviews" }),
      // A link whose notes were not written by packNotes: counted, its notes left out.
      `https://example.org/results/#${encodeFragment(
        { assessments: [{ questionnaireId: "mini", version: 1, answers: journeyAt(5) }], notes: "1.AAAA" },
        teamCatalogue,
      )}`,
    ]);
    const questions = view.report.questions ?? [];
    const a1 = questions.find((q) => q.question.id === "a-1");
    expect(a1?.notes).toEqual([
      { leader: 0, text: "Budget cut the <b>panel</b>" },
      { leader: 2, text: "We run monthly interviews" },
    ]);
    expect(view.report.names.slice(0, 3)).toEqual(["CFO", "COO", "CMO"]);
    const withoutNotes = questions.filter((q) => q.question.id !== "a-1" && q.question.id !== "b-1");
    expect(withoutNotes.every((q) => q.notes === undefined)).toBe(true);
  });

  it("leaves a team without notes as it was", async () => {
    const lines = [await link(journeyAt(0), "CFO"), await link(journeyAt(4), "CMO")];
    const read = drain(
      teamViewSteps(
        { kind: "text", text: lines.join("\n"), source: "text" },
        teamCatalogue,
        teamContentFixture(),
        teamText(),
      ),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const questions = read.value.view.report.questions ?? [];
    expect(await disputedNotes(read.value.team, questions)).toEqual(questions);
  });
});
