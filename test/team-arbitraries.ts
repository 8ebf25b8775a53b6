import fc from "fast-check";
import type { AgreementScore, BlunderScore } from "../lib/scoring/agreement";
import { riskBand } from "../lib/scoring/agreement";
import type { AssessmentScore } from "../lib/scoring/score";
import { roundStage, type StagesScore } from "../lib/scoring/stages";
import { byQuestionnaire } from "../lib/team/by-questionnaire";
import type { Leader } from "../lib/team/people";
import type { TeamAggregate } from "../lib/team/types";

type Kind = AssessmentScore["kind"];

/** A generated team: per questionnaire, per area, each leader's score (null: not scored). */
export type GeneratedTeam = { size: number; journey: (number | null)[][]; blunders: (number | null)[][] };

/**
 * One area's scores, as teams answer: around one, two or three centres (agreement, camps,
 * three views), each leader near one of them, the odd one unscored. Journey scores are quarters
 * of a stage (means of four answers), blunders whole points.
 */
function areaScores(size: number, kind: Kind): fc.Arbitrary<(number | null)[]> {
  const [lo, hi, step] = kind === "stages" ? [1, 6, 0.25] : [0, 100, 1];
  const steps = Math.round((hi - lo) / step);
  const near = kind === "stages" ? 6 : 25;
  return fc
    .record({
      centres: fc.array(fc.integer({ min: 0, max: steps }), { minLength: 1, maxLength: 3 }),
      picks: fc.array(fc.tuple(fc.nat(2), fc.integer({ min: -near, max: near }), fc.nat(29)), {
        minLength: size,
        maxLength: size,
      }),
    })
    .map(({ centres, picks }) =>
      picks.map(([c, offset, skip]) => {
        if (skip === 0) return null;
        const at = Math.min(steps, Math.max(0, (centres[c % centres.length] ?? 0) + offset));
        return lo + at * step;
      }),
    );
}

/** Teams of 2–50 leaders, with 1–7 journey areas and 1–5 blunders. */
export const generatedTeams: fc.Arbitrary<GeneratedTeam> = fc
  .record({
    size: fc.integer({ min: 2, max: 50 }),
    journey: fc.integer({ min: 1, max: 7 }),
    blunders: fc.integer({ min: 1, max: 5 }),
  })
  .chain(({ size, journey, blunders }) =>
    fc.record({
      size: fc.constant(size),
      journey: fc.array(areaScores(size, "stages"), { minLength: journey, maxLength: journey }),
      blunders: fc.array(areaScores(size, "agreement"), { minLength: blunders, maxLength: blunders }),
    }),
  );

const mean = (values: readonly (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};
const area = (prefix: string, i: number) => ({
  id: `${prefix}${i + 1}`,
  name: `${prefix.toUpperCase()} area ${i + 1}`,
});
const tally = (score: number | null) => ({ total: 4, answered: score === null ? 0 : 4, dontKnow: 0 });

function stages(scores: readonly (number | null)[]): StagesScore {
  const m = mean(scores);
  return {
    kind: "stages",
    dimensions: scores.map((score, i) => ({ ...area("j", i), score, ...tally(score) })),
    mean: m,
    stage: m === null ? null : roundStage(m),
  };
}

function agreement(scores: readonly (number | null)[]): AgreementScore {
  const m = mean(scores);
  const dimensions: BlunderScore[] = scores.map((score, i) => ({
    ...area("b", i),
    score,
    band: score === null ? null : riskBand(score),
    ...tally(score),
  }));
  return {
    kind: "agreement",
    dimensions,
    mean: m === null ? null : Math.round(m),
    band: m === null ? null : riskBand(m),
  };
}

/** The team as the team view aggregates it (no links: the leaders and their scores). */
export function teamOf(t: GeneratedTeam): TeamAggregate {
  const column = (areas: (number | null)[][], i: number) => areas.map((a) => a[i] ?? null);
  const leaders: Leader[] = Array.from({ length: t.size }, (_, i) => ({
    number: i + 1,
    label: `Leader ${i + 1}`,
    lines: [i + 1],
    assessments: [
      { questionnaireId: "journey", version: 1, answers: {}, score: stages(column(t.journey, i)) },
      { questionnaireId: "blunders", version: 1, answers: {}, score: agreement(column(t.blunders, i)) },
    ],
  }));
  return {
    respondents: [],
    leaders,
    unpaired: [],
    problems: [],
    mail: [],
    byQuestionnaire: byQuestionnaire(leaders, []),
    questions: [],
    unreadLines: 0,
  };
}
