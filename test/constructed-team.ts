import type { AssessmentScore } from "../lib/scoring/score";
import { roundStage } from "../lib/scoring/stages";
import { byQuestionnaire } from "../lib/team/by-questionnaire";
import type { Leader } from "../lib/team/people";
import type { QuestionnaireAggregate } from "../lib/team/types";

/** The journey's areas, as a constructed team scores them. */
export const AREAS = ["Leadership", "Structure", "Customer insight", "Processes"];

const dimension = (name: string, score: number | null) => ({
  id: name.toLowerCase().replace(/\s+/g, "-"),
  name,
  score,
  total: 4,
  answered: score === null ? 0 : 4,
  dontKnow: 0,
});

/** A journey score with exactly these area scores (null: not scored), as scoring would give. */
export function stagesScore(scores: readonly (number | null)[]): AssessmentScore {
  const known = scores.filter((s): s is number => s !== null);
  const mean = known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  return {
    kind: "stages",
    dimensions: AREAS.map((name, i) => dimension(name, scores[i] ?? null)),
    mean,
    stage: mean === null ? null : roundStage(mean),
  };
}

/** A team whose leaders have exactly these roles and journey area scores, with its aggregate. */
export function constructedTeam(rows: readonly (readonly [string, readonly (number | null)[]])[]): {
  leaders: Leader[];
  journey: QuestionnaireAggregate;
} {
  const leaders: Leader[] = rows.map(([label, scores], i) => ({
    number: i + 1,
    label,
    lines: [i + 1],
    assessments: [{ questionnaireId: "journey", version: 1, answers: {}, score: stagesScore(scores) }],
  }));
  const [journey] = byQuestionnaire(leaders, []);
  if (!journey) throw new Error("a constructed team needs at least one leader");
  return { leaders, journey };
}

/** The same score in every area. */
export const everywhere = (score: number) => AREAS.map(() => score);
