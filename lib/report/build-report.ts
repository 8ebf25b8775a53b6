import { compareWithBenchmark, type BenchmarkComparison } from "../benchmarks/compare";
import { compareResults } from "../compare/compare";
import { comparisonViews, type ComparisonView } from "../compare/comparison-view";
import type { SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import type { AgreementQuestionnaire, StagesQuestionnaire } from "../questionnaire/schema";
import { connectResults, type Connection } from "../results/combined";
import { evaluate, type Evaluated } from "../results/evaluate";
import { buildPlan, stepWhere, type PlanStep } from "../results/plan";
import { hasImportance } from "../results/area-order";
import { fill, formatDateIn } from "../i18n/format";
import { blunderPriorities, journeyPriorities, type Priority } from "../results/priorities";
import { relate, relationSentence } from "../results/relation";
import { changedTargets, resolveTargets } from "../results/targets";
import type { AgreementScore } from "../scoring/agreement";
import type { Stage, StagesScore } from "../scoring/stages";
import { areaStage } from "./area-stages";
import { blundersView, type BlundersView } from "./blunders-view";
import type { ReportContent } from "./content";
import { importanceView, type ImportanceView } from "./importance-view";
import { journeyView, type JourneyView } from "./journey-view";
import { fillCount } from "./words";

/** Everything a results report shows, as data: components/results only render it. */
export type ReportModel = {
  who: { label?: string; org?: string; date?: string };
  evaluated: Evaluated[];
  journey: JourneyView | null;
  /** How much each journey area matters, as marked, and its chart; null without a journey. */
  importance: ImportanceView | null;
  blunders: BlundersView | null;
  priorities: Priority[];
  /** The one order the priorities and the plan both follow, said in one line. */
  order: string;
  /** One sentence on how the two assessments relate, with both. */
  relation: string | null;
  connections: { intro: string; items: Connection[] } | null;
  plan: { steps: (PlanStep & { where: string })[]; hint: string; fileStem: string };
  /** Where "flashpoint" first appears, to explain it there. */
  flashpoint: { in: "plan" | "blunders"; text: string } | null;
  since: { hint: string; views: ComparisonView[]; unmatched: string[] } | null;
  benchmarks: BenchmarkComparison[];
  /** The line that ends the report: where it was scored, and when the answers were given. */
  context: string;
};

type Journey = { questionnaire: StagesQuestionnaire; answers: Evaluated["answers"]; score: StagesScore };
type Blunders = { questionnaire: AgreementQuestionnaire; answers: Evaluated["answers"]; score: AgreementScore };

/** The first journey and the first blunders check a result holds, each with its score. */
function pick(evaluated: Evaluated[]): { journey?: Journey; blunders?: Blunders } {
  const found: { journey?: Journey; blunders?: Blunders } = {};
  for (const { questionnaire, answers, score } of evaluated) {
    if (questionnaire.kind === "stages" && score.kind === "stages") found.journey ??= { questionnaire, answers, score };
    if (questionnaire.kind === "agreement" && score.kind === "agreement")
      found.blunders ??= { questionnaire, answers, score };
  }
  return found;
}

export function buildReport(result: SharedResult, catalogue: Catalogue, content: ReportContent): ReportModel {
  const evaluated = evaluate(result, catalogue);
  const { journey, blunders } = pick(evaluated);
  const targets = journey ? resolveTargets(journey.score, result.targets) : {};
  const importance = journey ? result.importance : undefined;
  const w = content;
  const m = w.messages.results;
  const date = (day: string) => formatDateIn(w.locale, day);
  const ranked = hasImportance(importance) ? m.plan.rankedImportance : m.plan.rankedWeakest;
  const steps = content.steps.find((s) => s.questionnaire === journey?.questionnaire.id);
  const stageName = (area: string, stage: Stage) => areaStage(content.areaStages, content.model, area, stage).name;
  const plan = buildPlan({
    words: w,
    journey: journey && steps ? { score: journey.score, targets, steps, stageName, importance } : undefined,
    blunders: blunders && {
      ...blunders,
      recommendations: content.recommendations.find((r) => r.questionnaire === blunders.questionnaire.id),
    },
  });
  const relation = journey && blunders ? relate(journey.score, blunders.score, content.combined) : null;
  // The word stays Levesque's in every language, so the plan's own text says where it first appears.
  const planMentions = plan.some((s) => /flashpoint/i.test(`${s.title} ${s.step} ${s.why}`));
  const FLASHPOINT = m.flashpoint;
  const previous = result.previous;
  // A retake carries the earlier result's targets as its own (see joinArrival): those are judged.
  const since = previous ? compareResults(previous, result, catalogue, w, result.targets) : null;
  return {
    who: { label: result.label, org: result.org, date: result.date && date(result.date) },
    evaluated,
    journey: journey ? journeyView(journey.questionnaire, journey.answers, journey.score, targets, content) : null,
    importance: journey ? importanceView(journey.score, importance, w) : null,
    blunders: blunders ? blundersView(blunders.questionnaire, blunders.answers, blunders.score, w) : null,
    priorities: journey ? journeyPriorities(journey.score, plan, w, importance) : blunderPriorities(plan, w),
    order: hasImportance(importance)
      ? fill(m.order.byImportance, { rule: m.order.rules.importance })
      : fill(m.order.weakest, { rule: m.order.rules[journey ? "stages" : "agreement"] }),
    relation: relation && relationSentence(relation, w),
    connections:
      journey && blunders
        ? { intro: content.combined.intro, items: connectResults(journey.score, blunders.score, content.combined, w) }
        : null,
    plan: {
      steps: plan.map((s) => ({ ...s, where: stepWhere(s, w) })),
      hint: fillCount(w, journey ? m.plan.hintTargets : m.plan.hint, plan.length, { ranked }),
      fileStem: `outside-in-plan${result.date ? `-${result.date}` : ""}`,
    },
    flashpoint: planMentions
      ? { in: "plan", text: FLASHPOINT }
      : blunders
        ? { in: "blunders", text: FLASHPOINT }
        : null,
    since: since && {
      hint: previous?.date ? fill(m.since.hintDated, { date: date(previous.date) }) : m.since.hint,
      views: comparisonViews(since, m.since, w),
      unmatched: since.unmatched,
    },
    benchmarks: (content.benchmarks ?? []).flatMap((b) => {
      const scored = evaluated.map((e) => ({
        questionnaireId: e.questionnaire.id,
        version: e.questionnaire.version,
        score: e.score,
      }));
      const c = compareWithBenchmark(b, scored);
      return c ? [c] : [];
    }),
    context: result.date ? fill(m.contextDated, { date: date(result.date) }) : m.context,
  };
}

/**
 * The result with one area's target changed. The changed area's target is kept only when it
 * differs from the default, so a link without chosen targets stays as short as before; every
 * other target stays as the link held it.
 */
export function withTarget(result: SharedResult, model: ReportModel, area: string, stage: Stage): SharedResult {
  const { targets: old, ...rest } = result;
  if (!model.journey) return result;
  // The other areas' targets stay as the link holds them: a retake's carried targets, reached or
  // now the default, are what "change since last time" judges.
  const others = Object.fromEntries(Object.entries(old ?? {}).filter(([id]) => id !== area));
  const chosen = { ...others, ...changedTargets(model.journey.score, { [area]: stage }) };
  return { ...rest, ...(Object.keys(chosen).length > 0 && { targets: chosen }) };
}
