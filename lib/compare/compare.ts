import type { SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { changesSince, hasChangelogSince } from "../questionnaire/changes";
import { evaluate, type Evaluated } from "../results/evaluate";
import { overallOf } from "../scoring/score";
import { answerSpreads, withinSpread } from "../scoring/answer-spread";
import { movedAnswers, type MovedAnswer } from "./moved-answers";
import { countOf } from "../shared/plural";

export type Direction = "up" | "down" | "unchanged";

export type DimensionChange = {
  id: string;
  name: string;
  before: number | null;
  after: number | null;
  /** After minus before, or null when either side has no score. */
  delta: number | null;
  direction: Direction | null;
  /**
   * True when the change is smaller than the spread of the leader's own answers in the area
   * (lib/scoring/answer-spread.ts): it is then shown as within the spread, not as progress or decline.
   */
  withinSpread: boolean;
  /** Set when the area's questions differ between the two versions. */
  caution?: string;
};

export type QuestionnaireComparison = {
  questionnaireId: string;
  title: string;
  kind: Evaluated["score"]["kind"];
  beforeVersion: number;
  afterVersion: number;
  dimensions: DimensionChange[];
  overall: { before: number | null; after: number | null; direction: Direction | null };
  /**
   * The journey's average stage, to two decimals (3.01 → 3.89): it moves a year before the
   * overall stage does. Null for the blunders check, whose overall is its average already.
   */
  average: { before: number | null; after: number | null; delta: number | null; direction: Direction | null } | null;
  /** The questions answered differently, with both answers. */
  moved: MovedAnswer[];
  /** Areas found in only one of the two versions, said plainly. */
  notComparable: string[];
};

/** Scores are compared as shown: stages to two decimals, avoidance as whole numbers. */
const shown = (kind: Evaluated["score"]["kind"], v: number) =>
  kind === "stages" ? Math.round(v * 100) / 100 : Math.round(v);

function direction(before: number | null, after: number | null): Direction | null {
  if (before === null || after === null) return null;
  return after > before ? "up" : after < before ? "down" : "unchanged";
}

function questionIds(e: Evaluated, dimension: string): string {
  return e.questionnaire.questions
    .filter((q) => q.dimension === dimension)
    .map((q) => q.id)
    .join(",");
}

/**
 * Why an area's change between versions needs care, or undefined when its questions are the
 * same. The changelog says which questions changed; without one, a different list of question
 * ids is the only sign.
 */
function cautionFor(before: Evaluated, after: Evaluated, dimension: string): string | undefined {
  const from = before.questionnaire.version;
  const to = after.questionnaire.version;
  if (from === to) return undefined;
  if (!hasChangelogSince(after.questionnaire, from) || from > to) {
    return questionIds(before, dimension) === questionIds(after, dimension)
      ? undefined
      : "Its questions changed between versions; read the change with care.";
  }
  const changes = changesSince(after.questionnaire, from);
  const now = after.questionnaire.questions.filter((q) => q.dimension === dimension);
  const moved = now.filter((q) => changes.has(q.id)).length;
  const removed = before.questionnaire.questions.filter(
    (q) => q.dimension === dimension && changes.get(q.id) === "removed",
  ).length;
  if (moved === 0 && removed === 0) return undefined;
  const parts = [
    moved > 0 ? `${moved} of its ${now.length} questions are new or changed in version ${to}` : "",
    removed > 0 ? `${countOf(removed, "earlier question was", "earlier questions were")} dropped` : "",
  ].filter(Boolean);
  return `${parts.join(", and ")}; read the change with care.`.replace(/^./, (c) => c.toUpperCase());
}

function compareOne(before: Evaluated, after: Evaluated): QuestionnaireComparison {
  const kind = after.score.kind;
  const dimensions: DimensionChange[] = [];
  const notComparable: string[] = [];
  const [spreadsBefore, spreadsAfter] = [before, after].map((e) => answerSpreads(e.questionnaire, e.answers));
  for (const d of after.score.dimensions) {
    const old = before.score.dimensions.find((x) => x.id === d.id);
    if (!old) {
      notComparable.push(`${d.name} is new in version ${after.questionnaire.version}, so it has no earlier score.`);
      continue;
    }
    const b = old.score === null ? null : shown(kind, old.score);
    const a = d.score === null ? null : shown(kind, d.score);
    const caution = cautionFor(before, after, d.id);
    const delta = a === null || b === null ? null : shown(kind, a - b);
    dimensions.push({
      id: d.id,
      name: d.name,
      before: b,
      after: a,
      delta,
      direction: direction(b, a),
      withinSpread: delta !== null && withinSpread(delta, spreadsBefore?.[d.id], spreadsAfter?.[d.id]),
      ...(caution ? { caution } : {}),
    });
  }
  for (const d of before.score.dimensions) {
    if (!after.score.dimensions.some((x) => x.id === d.id)) {
      notComparable.push(
        `${d.name} was dropped after version ${before.questionnaire.version}, so it has no later score.`,
      );
    }
  }
  const b = overallOf(before.score);
  const a = overallOf(after.score);
  const averageOf = (e: Evaluated) =>
    e.score.kind === "stages" && e.score.mean !== null ? shown("stages", e.score.mean) : null;
  const [ab, aa] = [averageOf(before), averageOf(after)];
  const average =
    kind === "stages"
      ? {
          before: ab,
          after: aa,
          delta: ab === null || aa === null ? null : shown(kind, aa - ab),
          direction: direction(ab, aa),
        }
      : null;
  return {
    questionnaireId: after.questionnaire.id,
    title: after.questionnaire.title,
    kind,
    beforeVersion: before.questionnaire.version,
    afterVersion: after.questionnaire.version,
    dimensions,
    overall: { before: b, after: a, direction: direction(b, a) },
    average,
    moved: movedAnswers(before, after),
    notComparable,
  };
}

/** Compares every questionnaire found in both results; the others are named as missing. */
export function compareResults(before: SharedResult, after: SharedResult, catalogue: Catalogue) {
  const earlier = evaluate(before, catalogue);
  const later = evaluate(after, catalogue);
  const comparisons = later.flatMap((l) => {
    const e = earlier.find((x) => x.questionnaire.id === l.questionnaire.id);
    return e ? [compareOne(e, l)] : [];
  });
  const unmatched = [...earlier, ...later]
    .filter((x) => !comparisons.some((c) => c.questionnaireId === x.questionnaire.id))
    .map((x) => x.questionnaire.title);
  return { comparisons, unmatched: [...new Set(unmatched)] };
}
