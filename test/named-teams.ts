import { encodeFragment } from "../lib/link/fragment";
import type { Catalogue } from "../lib/questionnaire/catalogue";
import { answersForScores } from "./answers-for-scores";

/**
 * Teams with names, as a facilitator would describe them: each leader's score per area of the
 * site's own journey and blunders check (content/questionnaires). Each becomes real result links
 * (test/answers-for-scores.ts), so unit tests, property tests and e2e read the same teams.
 */
export type NamedLeader = {
  role: string;
  org?: string;
  journey?: Readonly<Record<string, number>>;
  blunders?: Readonly<Record<string, number>>;
};

/** Scores per area, listed in the leaders' order: `{ leadership: [2.25, 2.5, …] }`. */
type Columns = Readonly<Record<string, readonly number[]>>;

const JOURNEY = ["leadership", "structure", "accountability", "insight", "touch-points", "people", "processes"];
const BLUNDERS = ["training", "motivation", "feedback", "recognition", "price"];

function rowsOf(roles: readonly string[], journey: Columns, blunders: Columns, org?: (i: number) => string) {
  const pick = (columns: Columns, i: number) =>
    Object.fromEntries(
      Object.entries(columns).flatMap(([area, values]) => {
        const v = values[i];
        return v === undefined ? [] : [[area, v]];
      }),
    );
  return roles.map((role, i): NamedLeader => ({
    role,
    ...(org && { org: org(i) }),
    ...(Object.keys(journey).length > 0 && { journey: pick(journey, i) }),
    ...(Object.keys(blunders).length > 0 && { blunders: pick(blunders, i) }),
  }));
}

const SEVEN = ["CEO", "CFO", "COO", "CMO", "CIO", "Head of service", "Head of people"];

/**
 * The realistic seven: one real split, in customer insight (three leaders at 1.25–2, four at
 * 5–5.75: a gap of three stages). Elsewhere neighbours are at most a stage or 25 points apart, so
 * nothing else is two camps; the CFO sits far below the median in structure, accountability and
 * processes. One leader typed the organisation in lower case.
 */
export const SEVEN_LEADERS = rowsOf(
  SEVEN,
  {
    leadership: [4.25, 2.25, 3, 4, 2.5, 4, 3],
    structure: [3.75, 1.25, 3, 3.5, 2.75, 3, 2.5],
    accountability: [4, 1.25, 2, 3.5, 3, 3.5, 3.25],
    insight: [5.75, 1.25, 1.5, 5.5, 2, 5, 5.25],
    "touch-points": [4.25, 2.5, 2.75, 4, 2.5, 3.75, 3.75],
    people: [4, 2.25, 2.5, 4, 3, 4, 2.75],
    processes: [3.75, 1.25, 2, 3.5, 2.25, 3.5, 3.25],
  },
  {
    training: [75, 38, 44, 75, 50, 75, 50],
    motivation: [69, 44, 50, 63, 56, 75, 56],
    feedback: [88, 50, 56, 88, 63, 88, 63],
    recognition: [75, 31, 38, 50, 44, 75, 50],
    price: [63, 25, 38, 56, 44, 69, 50],
  },
  (i) => (i === 4 ? "northwind utilities" : "Northwind Utilities"),
);

/** Five leaders within a stage of each other everywhere: they broadly agree. */
export const NO_SPLIT = rowsOf(
  ["CEO", "CFO", "COO", "CMO", "CIO"],
  Object.fromEntries(JOURNEY.map((a) => [a, [3, 3.25, 3.5, 3.75, 4]])),
  Object.fromEntries(BLUNDERS.map((a) => [a, [50, 56, 63, 69, 75]])),
);

/** Six leaders, one (the CFO) two stages below the rest in structure only. */
export const ONE_LOW = rowsOf(
  ["CEO", "CFO", "COO", "CMO", "CIO", "Head of service"],
  {
    ...Object.fromEntries(JOURNEY.map((a) => [a, [3, 3.25, 3.5, 3, 3.25, 3.5]])),
    structure: [3, 1, 3.25, 3, 3.5, 3.25],
  },
  {},
);

/** Six leaders, one (the CEO) far above the rest in most areas. */
export const ONE_HIGH = rowsOf(
  ["CEO", "CFO", "COO", "CMO", "CIO", "Head of service"],
  {
    ...Object.fromEntries(JOURNEY.map((a) => [a, [5.5, 2.5, 2.75, 3, 2.5, 2.75]])),
    people: [3, 2.5, 2.75, 3, 2.5, 2.75],
  },
  Object.fromEntries(BLUNDERS.map((a) => [a, [94, 50, 56, 50, 56, 50]])),
);

/** Two leaders: too few to say whether a team agrees, but not too few to see them far apart. */
export const TEAM_OF_TWO = rowsOf(
  ["CEO", "CFO"],
  { ...Object.fromEntries(JOURNEY.map((a) => [a, [3.5, 3]])), insight: [5, 2] },
  Object.fromEntries(BLUNDERS.map((a) => [a, [75, 50]])),
);

/**
 * Fifty managers of one organisation: in processes twenty see stage 1.5–2.25 and thirty 4–4.75,
 * a real split; elsewhere they spread evenly over two stages, with three far below.
 */
export const TEAM_OF_FIFTY = rowsOf(
  Array.from({ length: 50 }, (_, i) => `Manager ${i + 1}`),
  {
    ...Object.fromEntries(
      JOURNEY.map((a) => [a, Array.from({ length: 50 }, (_, i) => (i < 3 ? 1 : 2.5 + (i % 9) * 0.25))]),
    ),
    processes: Array.from({ length: 50 }, (_, i) => (i < 20 ? 1.5 + (i % 4) * 0.25 : 4 + (i % 4) * 0.25)),
  },
  Object.fromEntries(BLUNDERS.map((a) => [a, Array.from({ length: 50 }, (_, i) => [38, 44, 50, 56, 63][i % 5] ?? 50)])),
);

/** Every named team, by name, for tests that walk them all. */
export const NAMED_TEAMS = {
  "seven leaders, one real split": SEVEN_LEADERS,
  "five who broadly agree": NO_SPLIT,
  "one far lower in one area": ONE_LOW,
  "one far higher in most areas": ONE_HIGH,
  "a team of two": TEAM_OF_TWO,
  "a team of fifty": TEAM_OF_FIFTY,
} as const;

/** The team's result links (fragments only, as a team link holds them), against the current questionnaires. */
export function namedTeamFragments(team: readonly NamedLeader[], catalogue: Catalogue): string[] {
  const current = (id: string) => catalogue.filter((q) => q.id === id).sort((a, b) => b.version - a.version)[0];
  const journey = current("journey");
  const blunders = current("blunders");
  if (!journey || !blunders) throw new Error("the catalogue lacks the journey or the blunders check");
  return team.map((l) =>
    encodeFragment(
      {
        assessments: [
          ...(l.journey
            ? [{ questionnaireId: journey.id, version: journey.version, answers: answersForScores(journey, l.journey) }]
            : []),
          ...(l.blunders
            ? [
                {
                  questionnaireId: blunders.id,
                  version: blunders.version,
                  answers: answersForScores(blunders, l.blunders),
                },
              ]
            : []),
        ],
        label: l.role,
        ...(l.org && { org: l.org }),
      },
      catalogue,
    ),
  );
}

/** The team as pasted text: one result link per line. */
export function namedTeamText(team: readonly NamedLeader[], catalogue: Catalogue): string {
  return namedTeamFragments(team, catalogue)
    .map((f) => `https://example.org/results/#${f}`)
    .join("\n");
}
