import type { Locale } from "../i18n/locales";
import { chartScale } from "../scoring/scale";
import { FIRST_STAGE } from "../scoring/stages";
import type { QuestionnaireAggregate } from "../team/types";
import type { Leader } from "../team/people";
import { scoreText, spanText } from "./sentence";

/**
 * Leaders on one score in one area: drawn as that many dots, or past MAX_STACK as one dot with
 * the count (and then the leaders are not listed: thousands of numbers nobody draws).
 */
export type Dot = { value: number; count: number; leaders: number[] };

export type SpreadRow = {
  id: string;
  name: string;
  count: number;
  /** The middle half, marked as a band; null under two leaders. */
  middle: { q1: number; q3: number } | null;
  median: number | null;
  dots: Dot[];
  /** The figures as the table alternative writes them. */
  text: { lowest: string; middle: string; median: string; highest: string };
};

export type SpreadChart = {
  questionnaireId: string;
  title: string;
  kind: QuestionnaireAggregate["kind"];
  /** The scale's ends and grid lines, shared with every other chart of this questionnaire. */
  min: number;
  max: number;
  ticks: number[];
  rows: SpreadRow[];
};

/**
 * Beyond this many leaders on one score a stack of dots would run off its row: the chart draws
 * one dot for them with the count written in it. A workshop team never gets there.
 */
export const MAX_STACK = 8;

/**
 * The team's spread per area: each leader a dot at their score, leaders on the same score
 * stacked, the middle half of the team marked behind them. The table alternative carries the
 * same figures, so the chart can be hidden from assistive technology.
 */
export function spreadChart(q: QuestionnaireAggregate, leaders: readonly Leader[], locale: Locale = "en"): SpreadChart {
  const { max, ticks } = chartScale(q.kind);
  const min = q.kind === "stages" ? FIRST_STAGE : 0;
  const byArea = new Map(q.dimensions.map((d) => [d.id, new Map<number, number[]>()]));
  leaders.forEach((leader, i) => {
    const score = leader.assessments.find((a) => a.questionnaireId === q.questionnaireId)?.score;
    for (const d of score?.dimensions ?? []) {
      const dots = byArea.get(d.id);
      if (!dots || d.score === null) continue;
      const at = dots.get(d.score);
      if (at) at.push(i);
      else dots.set(d.score, [i]);
    }
  });
  const fmt = (v: number | null) => (v === null ? "–" : scoreText(q.kind, v, locale));
  return {
    questionnaireId: q.questionnaireId,
    title: q.title,
    kind: q.kind,
    min,
    max,
    ticks: q.kind === "stages" ? ticks : [0, ...ticks],
    rows: q.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      count: d.count,
      middle: d.count > 1 && d.q1 !== null && d.q3 !== null ? { q1: d.q1, q3: d.q3 } : null,
      median: d.median,
      dots: [...(byArea.get(d.id) ?? [])]
        .map(([value, ids]) => ({ value, count: ids.length, leaders: ids.length > MAX_STACK ? [] : ids }))
        .sort((a, b) => a.value - b.value),
      text: {
        lowest: fmt(d.min),
        middle: d.q1 === null || d.q3 === null ? "–" : spanText(q.kind, d.q1, d.q3, locale),
        median: fmt(d.median),
        highest: fmt(d.max),
      },
    })),
  };
}
