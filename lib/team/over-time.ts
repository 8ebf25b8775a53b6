import type { QuestionnaireAggregate } from "./types";

/** One area's team figures at one time. */
export type AreaAt = { mean: number | null; median: number | null; iqr: number | null; count: number };

export type AreaChange = {
  id: string;
  name: string;
  before: AreaAt | null;
  after: AreaAt | null;
  /** Team mean now minus then; null unless both are known. */
  meanChange: number | null;
  /** Spread of the middle half now minus then: negative when the team now agrees more. */
  iqrChange: number | null;
};

export type QuestionnaireChange = {
  questionnaireId: string;
  title: string;
  kind: QuestionnaireAggregate["kind"];
  before: { leaders: number; mean: number | null };
  after: { leaders: number; mean: number | null };
  overallChange: number | null;
  areas: AreaChange[];
};

const minus = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? null : a - b);

/**
 * The same team at two times (last year's team link and this year's), per questionnaire and
 * area, matched by id: an area that exists only once shows on its side alone, and a
 * questionnaire only one of them took is left out, as there is nothing to compare.
 */
export function compareTeams(
  before: readonly QuestionnaireAggregate[],
  after: readonly QuestionnaireAggregate[],
): QuestionnaireChange[] {
  return after.flatMap((now) => {
    const then = before.find((b) => b.questionnaireId === now.questionnaireId);
    if (!then) return [];
    const at = (q: QuestionnaireAggregate, id: string): AreaAt | null => {
      const d = q.dimensions.find((x) => x.id === id);
      return d ? { mean: d.mean, median: d.median, iqr: d.iqr, count: d.count } : null;
    };
    const ids = [...new Set([...now.dimensions, ...then.dimensions].map((d) => d.id))];
    const names = new Map([...then.dimensions, ...now.dimensions].map((d) => [d.id, d.name]));
    return [
      {
        questionnaireId: now.questionnaireId,
        title: now.title,
        kind: now.kind,
        before: { leaders: then.respondents, mean: then.overall.mean },
        after: { leaders: now.respondents, mean: now.overall.mean },
        overallChange: minus(now.overall.mean, then.overall.mean),
        areas: ids.map((id) => {
          const [b, a] = [at(then, id), at(now, id)];
          return {
            id,
            name: names.get(id) ?? id,
            before: b,
            after: a,
            meanChange: minus(a?.mean, b?.mean),
            iqrChange: minus(a?.iqr, b?.iqr),
          };
        }),
      },
    ];
  });
}
