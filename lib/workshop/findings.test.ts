import { describe, expect, it } from "vitest";
import { constructedTeam, everywhere } from "../../test/constructed-team";
import { teamFindings } from "./findings";
import { sentenceText } from "./sentence";
import { teamText } from "../../test/team-text";

/** What the facilitator reads: the summary's sentences, leaders named by role. */
function summaryOf(rows: Parameters<typeof constructedTeam>[0]) {
  const { leaders, journey } = constructedTeam(rows);
  const findings = teamFindings(journey, leaders, teamText());
  const name = (i: number) => leaders[i]?.label ?? "?";
  return {
    summary: findings.summary.map((s) => sentenceText(s.sentence, name)),
    notes: findings.areas.map((a) => sentenceText(a.note, name)),
  };
}

describe("what the team's spread says", () => {
  it("names a CFO who sees every area far lower, and a CEO who sees it far higher (the nine-leader case)", () => {
    // Sorted per area: 1.75, 2.75, 3, 3.25, 3.5, 3.5, 3.75, 4, 5 → median 3.5 (the fifth).
    // CFO: 3.5 − 1.75 = 1.75 ≥ 1.5, far lower; CEO: 5 − 3.5 = 1.5 ≥ 1.5, far higher; the rest
    // within 0.75. No camps: the gaps of 1 stage leave one leader on their side, not a quarter.
    const { summary, notes } = summaryOf([
      ["CFO", everywhere(1.75)],
      ["COO", everywhere(2.75)],
      ["CMO", everywhere(3)],
      ["CIO", everywhere(3.25)],
      ["Head of sales", everywhere(3.5)],
      ["Head of service", everywhere(3.5)],
      ["Head of people", everywhere(3.75)],
      ["Head of product", everywhere(4)],
      ["CEO", everywhere(5)],
    ]);
    expect(summary).toEqual([
      "CFO sees every area far lower than the rest of the team: 1.75 on average, where the team's median is 3.5.",
      "CEO sees every area far higher than the rest of the team: 5 on average, where the team's median is 3.5.",
    ]);
    expect(notes[0]).toBe("Within 1.5 stages of the median (3.5), but for 2 leaders named above.");
  });

  it("finds two camps, and names nobody as apart inside them", () => {
    // Sorted: 1.5, 1.75, 2, 2, | 4, 4.25, 4.5, 4.5: a gap of 2 stages (≥ 1.5), wider than either
    // side's own spread (0.5), with four a side (≥ 2, and ≥ a quarter of eight).
    const { summary, notes } = summaryOf([
      ["A", everywhere(1.5)],
      ["B", everywhere(1.75)],
      ["C", everywhere(2)],
      ["D", everywhere(2)],
      ["E", everywhere(4)],
      ["F", everywhere(4.25)],
      ["G", everywhere(4.5)],
      ["H", everywhere(4.5)],
    ]);
    expect(summary[0]).toBe(
      "In Leadership the team splits into two camps: 4 leaders at 1.5–2 and 4 leaders at 4–4.5, 2 stages apart.",
    );
    expect(summary).toHaveLength(4);
    expect(notes[0]).toBe("Two camps: 4 leaders at 1.5–2 and 4 leaders at 4–4.5, 2 stages apart.");
  });

  it("names one low outlier in the one area where they differ", () => {
    // Structure: 1, 3, 3, 3.25, 3.5 → median 3; 3 − 1 = 2 ≥ 1.5. Elsewhere all within 0.5.
    const { summary, notes } = summaryOf([
      ["CFO", [3, 1, 3, 3]],
      ["CEO", everywhere(3)],
      ["COO", everywhere(3)],
      ["CMO", everywhere(3.25)],
      ["CIO", everywhere(3.5)],
    ]);
    expect(summary).toEqual(["In Structure, CFO far lower (1) than the rest; the team's median is 3."]);
    expect(notes[1]).toBe("CFO far lower (1).");
    expect(notes[0]).toBe("Everyone is within 1.5 stages of the median (3).");
  });

  it("names one high outlier who differs in most areas once, for the whole questionnaire", () => {
    // CEO at 5.5 in three of four areas, where the rest sit at 2–2.5 (median 2.25 or 2.5).
    const { summary } = summaryOf([
      ["CEO", [5.5, 5.5, 5.5, 2.5]],
      ["CFO", everywhere(2)],
      ["COO", everywhere(2.25)],
      ["CMO", everywhere(2.5)],
      ["CIO", everywhere(2.5)],
    ]);
    expect(summary).toEqual([
      "CEO sees most areas (3 of 4) far higher than the rest of the team: 5.5 on average, where the team's median is 2.5.",
    ]);
  });

  it("says the leaders broadly agree only when every leader is within 1.5 stages of the median everywhere", () => {
    // Median 3.5 everywhere; the furthest leaders, at 2.25 and 4.75, are 1.25 away.
    const { summary } = summaryOf([
      ["CEO", everywhere(4.75)],
      ["CFO", everywhere(2.25)],
      ["COO", everywhere(3.5)],
      ["CMO", everywhere(3.5)],
    ]);
    expect(summary).toEqual([
      "The leaders broadly agree: in every area, each of the 4 leaders is within 1.5 stages of the team's median.",
    ]);
  });

  it("never says a team of one agrees", () => {
    const { summary, notes } = summaryOf([["CEO", everywhere(3)]]);
    expect(summary).toEqual([
      "Only one leader has answered, so there is no spread to read yet: from 3 leaders on, this says whether they agree.",
    ]);
    expect(notes[0]).toBe("Only one leader scored this area.");
  });

  it("says two leaders are too few, and where they are far apart", () => {
    const { summary } = summaryOf([
      ["CEO", [5, 3, 3, 3]],
      ["CFO", [2, 3, 3, 3]],
    ]);
    expect(summary).toEqual([
      "Only two leaders have answered: too few to say whether the team agrees. They are 1.5 stages or more apart in Leadership.",
    ]);
  });

  it("names an area whose middle half is far apart, with no camp or single leader to blame", () => {
    // Leadership: 1, 2, 3, 4, 5 evenly spaced: q1 = 2, q3 = 4 → middle half 2 stages wide. Not
    // camps: each gap (1) is narrower than the spread on one side of it (2–5 or 1–3).
    const { summary } = summaryOf([
      ["A", [1, 3, 3, 3]],
      ["B", [2, 3, 3, 3]],
      ["C", [3, 3, 3, 3]],
      ["D", [4, 3, 3, 3]],
      ["E", [5, 3, 3, 3]],
    ]);
    expect(summary).toContain(
      "In Leadership the middle half of the team spans 2–4, 1.5 stages or more: leaders see it differently, which is worth discussing.",
    );
    expect(summary.join(" ")).not.toContain("broadly agree");
  });
});

describe("what an organisation's spread says", () => {
  it("counts the leaders far from the median once there are more than a few, rather than naming them", () => {
    // Twenty leaders: fourteen at 3, three at 1 and three at 5 in Leadership (median 3, each 2
    // away), all at 3 elsewhere. Six apart in one area is more than MAX_NAMED: counted, 30%.
    const rows = Array.from({ length: 20 }, (_, i): [string, number[]] => [
      `Manager ${i + 1}`,
      [i < 3 ? 1 : i < 6 ? 5 : 3, 3, 3, 3],
    ]);
    const { summary, notes } = summaryOf(rows);
    expect(summary).toEqual([
      "In Leadership, 6 leaders (30%) sit 1.5 stages or more from the team's median of 3: 3 far lower, 3 far higher.",
    ]);
    expect(notes[0]).toBe("6 leaders (30%) sit 1.5 stages or more from the median (3): 3 far lower, 3 far higher.");
  });
});
