import { fill } from "../i18n/format";
import type { Words } from "../report/words";
import type { SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { evaluate, type Evaluated } from "../results/evaluate";
import { overallOf } from "../scoring/score";
import { answerSpreads } from "../scoring/answer-spread";
import { areaMargin, asShown, averageMargin, judgeChange, judgeStage, type ChangeClaim } from "../scoring/progress";
import { movedAnswers, type MovedAnswer } from "./moved-answers";
import { cautionFor } from "./caution";
import { targetClaims, type TargetClaim } from "../results/target-claims";

export type DimensionChange = {
  id: string;
  name: string;
  before: number | null;
  after: number | null;
  /**
   * The change judged by the one rule (lib/scoring/progress.ts): progress or decline only when
   * larger than the spread of the leader's own answers allows. Null when either side has no score.
   */
  change: ChangeClaim | null;
  /** Set when the area's questions differ between the two versions. */
  caution?: string;
};

/** An overall figure on both sides, and its change judged by the same rule. */
export type OverallChange = { before: number | null; after: number | null; change: ChangeClaim | null };

export type QuestionnaireComparison = {
  questionnaireId: string;
  title: string;
  kind: Evaluated["score"]["kind"];
  beforeVersion: number;
  afterVersion: number;
  dimensions: DimensionChange[];
  /** The overall stage (journey) or overall avoidance (blunders). */
  overall: OverallChange;
  /**
   * The journey's average stage, to two decimals (3.01 → 3.89): it moves a year before the
   * overall stage does. Null for the blunders check, whose overall is its average already.
   */
  average: OverallChange | null;
  /** The questions answered differently, with both answers. */
  moved: MovedAnswer[];
  /** Areas found in only one of the two versions, said plainly. */
  notComparable: string[];
  /** Whether each target set earlier was reached (journey only); null when none was set. */
  targets: TargetClaim[] | null;
};

function compareOne(
  before: Evaluated,
  after: Evaluated,
  targets: Readonly<Record<string, number>> | undefined,
  w: Words,
): QuestionnaireComparison {
  const m = w.messages.results.change;
  const kind = after.score.kind;
  const dimensions: DimensionChange[] = [];
  const notComparable: string[] = [];
  const [spreadsBefore, spreadsAfter] = [before, after].map((e) => answerSpreads(e.questionnaire, e.answers));
  for (const d of after.score.dimensions) {
    const old = before.score.dimensions.find((x) => x.id === d.id);
    if (!old) {
      notComparable.push(fill(m.newArea, { name: d.name, version: after.questionnaire.version }));
      continue;
    }
    const b = old.score === null ? null : asShown(kind, old.score);
    const a = d.score === null ? null : asShown(kind, d.score);
    const caution = cautionFor(before, after, d.id, w);
    const margin = areaMargin(spreadsBefore?.[d.id], spreadsAfter?.[d.id]);
    dimensions.push({
      id: d.id,
      name: d.name,
      before: b,
      after: a,
      change: a === null || b === null ? null : judgeChange("area", b, a, margin, kind),
      ...(caution ? { caution } : {}),
    });
  }
  for (const d of before.score.dimensions) {
    if (!after.score.dimensions.some((x) => x.id === d.id)) {
      notComparable.push(fill(m.droppedArea, { name: d.name, version: before.questionnaire.version }));
    }
  }
  const { overall, average } = overallChanges(before, after, dimensions);
  return {
    questionnaireId: after.questionnaire.id,
    title: after.questionnaire.title,
    kind,
    beforeVersion: before.questionnaire.version,
    afterVersion: after.questionnaire.version,
    dimensions,
    overall,
    average,
    moved: movedAnswers(before, after, w),
    notComparable,
    targets: after.score.kind === "stages" && targets ? nonEmpty(targetClaims(after.score, targets, w)) : null,
  };
}

/**
 * The overall figures' changes. The average (the journey's average stage, or the blunders'
 * overall avoidance, which is their average) is held to the mean of the margins of the areas
 * scored on both sides; the journey's overall stage, the average rounded, follows its verdict.
 */
function overallChanges(
  before: Evaluated,
  after: Evaluated,
  dimensions: DimensionChange[],
): Pick<QuestionnaireComparison, "overall" | "average"> {
  const kind = after.score.kind;
  const margin = averageMargin(
    dimensions.flatMap((d) => (d.change ? [d.change.margin] : [])),
    kind,
  );
  const shownMean = (e: Evaluated) => (e.score.mean === null ? null : asShown(kind, e.score.mean));
  const [mb, ma] = [shownMean(before), shownMean(after)];
  const average: OverallChange = {
    before: mb,
    after: ma,
    change: mb === null || ma === null ? null : judgeChange("average", mb, ma, margin, kind),
  };
  if (kind === "agreement") return { overall: average, average: null };
  const [sb, sa] = [overallOf(before.score), overallOf(after.score)];
  const stage = sb === null || sa === null ? null : judgeStage(sb, sa, average.change);
  return { overall: { before: sb, after: sa, change: stage }, average };
}

const nonEmpty = <T>(items: T[]) => (items.length > 0 ? items : null);

/**
 * Compares every questionnaire found in both results; the others are named as missing.
 * `targets` are the journey targets set earlier, each judged against the later result.
 */
export function compareResults(
  before: SharedResult,
  after: SharedResult,
  catalogue: Catalogue,
  w: Words,
  targets?: Readonly<Record<string, number>>,
) {
  const earlier = evaluate(before, catalogue);
  const later = evaluate(after, catalogue);
  const comparisons = later.flatMap((l) => {
    const e = earlier.find((x) => x.questionnaire.id === l.questionnaire.id);
    return e ? [compareOne(e, l, targets, w)] : [];
  });
  const unmatched = [...earlier, ...later]
    .filter((x) => !comparisons.some((c) => c.questionnaireId === x.questionnaire.id))
    .map((x) => x.questionnaire.title);
  return { comparisons, unmatched: [...new Set(unmatched)] };
}
