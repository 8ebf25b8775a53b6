import type { AgreementQuestionnaire } from "../questionnaire/schema";
import type { RecommendationSet } from "../recommendations/schema";
import type { TransitionStepSet } from "../recommendations/steps-schema";
import type { AgreementScore, RiskBand } from "../scoring/agreement";
import { RISK_THRESHOLDS, riskBand } from "../scoring/agreement";
import { fill } from "../i18n/format";
import type { Words } from "../report/words";
import { LAST_STAGE, roundStage, toStage, type Stage, type StagesScore } from "../scoring/stages";
import { avoidanceFigure } from "../report/figures";
import { rankWeakestFirst } from "./area-order";
import type { Targets } from "./targets";
import type { ImportanceByArea } from "../link/importance";

type StepText = {
  title: string;
  step: string;
  why: string;
  articles: string[];
  /** Ids in content/sources.yaml of the work the "why" credits; empty when the idea is ours. */
  sources: string[];
};

export type JourneyPlanStep = StepText & {
  kind: "journey";
  dimensionId: string;
  area: string;
  from: Stage;
  to: Stage;
  /** The two stages' names in this area (content/area-stages.yaml), not the structure's. */
  fromName: string;
  toName: string;
};

export type BlunderPlanStep = StepText & {
  kind: "blunder";
  dimensionId: string;
  area: string;
  band: Exclude<RiskBand, "healthy">;
  /** Avoidance now, 0–100… */
  score: number;
  /** …and where a blunder counts as avoided. */
  healthy: number;
};

export type PlanStep = JourneyPlanStep | BlunderPlanStep;

type JourneyInput = {
  score: StagesScore;
  targets: Targets;
  steps: TransitionStepSet;
  /** A stage's name in an area; without it, the step names the stage by number only. */
  stageName?: (area: string, stage: Stage) => string;
  /** How much each area matters, as the leader marked it; it leads the order when set. */
  importance?: ImportanceByArea;
};
type BlundersInput = {
  questionnaire: AgreementQuestionnaire;
  score: AgreementScore;
  recommendations?: RecommendationSet;
};

/**
 * A journey area's steps: one per stage between where it stands (its rounded stage) and its
 * target, in order. Nothing when the target is where it stands.
 */
function areaSteps(journey: JourneyInput, id: string, name: string, score: number, w: Words): JourneyPlanStep[] {
  const target = journey.targets[id];
  const steps: JourneyPlanStep[] = [];
  if (target === undefined) return steps;
  for (let from = roundStage(score); from < target; from += 1) {
    const text = journey.steps.steps.find((s) => s.dimension === id && s.from === from);
    // The loader guarantees a step for every transition; a gap here would be a content bug.
    if (!text) continue;
    const [a, b] = [toStage(from), toStage(from + 1)];
    const named = (stage: Stage) =>
      journey.stageName?.(id, stage) ?? fill(w.messages.results.figure.stageNumber, { stage });
    steps.push({
      kind: "journey",
      dimensionId: id,
      area: name,
      from: a,
      to: b,
      fromName: named(a),
      toName: named(b),
      ...pick(text),
    });
  }
  return steps;
}

const pick = ({
  title,
  step,
  why,
  articles,
  sources,
}: Omit<StepText, "sources"> & { sources?: string[] }): StepText => ({
  title,
  step,
  why,
  articles,
  sources: sources ?? [],
});

/**
 * The plan: journey areas in the one order (rankWeakestFirst: importance when marked, then
 * weakest first, the order the priorities follow),
 * each with a step per stage to its target; then each blunder at risk, weakest first too, whose
 * step is its flashpoint alternative.
 */
export function buildPlan({
  journey,
  blunders,
  words: w,
}: {
  journey?: JourneyInput;
  blunders?: BlundersInput;
  words: Words;
}): PlanStep[] {
  const journeySteps = journey
    ? rankWeakestFirst(journey.score.dimensions, journey.importance).flatMap((d) =>
        areaSteps(journey, d.id, d.name, d.score, w),
      )
    : [];
  const atRisk = rankWeakestFirst(blunders?.score.dimensions ?? []).flatMap((d) => {
    const band = riskBand(d.score);
    return band === "healthy" ? [] : [{ d, score: d.score, band }];
  });
  const blunderSteps = atRisk.flatMap(({ d, score, band }): BlunderPlanStep[] => {
    const dimension = blunders?.questionnaire.dimensions.find((x) => x.id === d.id);
    if (!dimension) return [];
    const advice = blunders?.recommendations?.items.find((r) => r.dimension === d.id && r.band === band);
    return [
      {
        kind: "blunder",
        dimensionId: d.id,
        area: d.name,
        band,
        score,
        healthy: RISK_THRESHOLDS.healthy,
        // English lowers the blunder's name inside the sentence; a German noun keeps its capital.
        title:
          advice?.title ??
          fill(w.messages.results.plan.practise, {
            blunder: w.locale === "de" ? d.name : d.name.toLocaleLowerCase(w.locale),
          }),
        // Levesque's flashpoint alternative first, then what to do this quarter to get there.
        step: advice ? `${dimension.alternative} ${advice.step}` : dimension.alternative,
        why: advice?.why ?? dimension.description,
        articles: advice?.articles ?? [],
        sources: advice?.sources ?? [],
      },
    ];
  });
  return [...journeySteps, ...blunderSteps];
}

/**
 * Where a step starts and ends, with the scale: "Stage 2 → 3 of 6: Informal concern → Written
 * promise", or "High risk (38 / 100) → Healthy (70 / 100)".
 */
export function stepWhere(s: PlanStep, w: Words): string {
  const m = w.messages.results;
  return s.kind === "journey"
    ? fill(m.figure.stepJourney, { from: s.from, to: s.to, max: LAST_STAGE, fromName: s.fromName, toName: s.toName })
    : fill(m.figure.stepBlunder, {
        band: m.bands[s.band],
        score: avoidanceFigure(s.score, w),
        healthy: m.bands.healthy,
        healthyScore: avoidanceFigure(s.healthy, w),
      });
}
