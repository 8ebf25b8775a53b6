import { fill, formatCountIn, formatNumberIn, pluralIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { formatStageScore } from "../results/format";
import type { TeamText } from "./text";
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

type Kind = QuestionnaireChange["kind"];
const fmt = (kind: Kind, v: number | null | undefined, locale: Locale) => {
  if (v == null) return "–";
  const n = kind === "stages" ? v : Math.round(v);
  return locale !== "en" ? formatNumberIn(locale, n) : kind === "stages" ? formatStageScore(v) : String(n);
};

/** A change with its sign: "+0.5", "−12", "±0". */
export function signedChange(kind: Kind, v: number | null, locale: Locale): string {
  return v === null ? "–" : `${v > 0 ? "+" : v < 0 ? "−" : "±"}${fmt(kind, Math.abs(v), locale)}`;
}

/** One area at one time: "3.5 (middle half 1 wide)". */
export function areaAtText(kind: Kind, a: AreaAt | null, text: TeamText): string {
  return a
    ? fill(text.workshop.areaAt, { mean: fmt(kind, a.mean, text.locale), iqr: fmt(kind, a.iqr, text.locale) })
    : "–";
}

/** What a change in the middle half's width means. */
export function spreadChangeText(kind: Kind, v: number | null, text: TeamText): string {
  const change = signedChange(kind, v, text.locale);
  if (v === null || v === 0) return change;
  return fill(v < 0 ? text.workshop.agreeMore : text.workshop.agreeLess, { change });
}

/** The comparison's caption: "Customer journey: then 5 leaders, now 1 leader; overall 2 → 3.5 (+1.5)". */
export function changeCaption(q: QuestionnaireChange, text: TeamText): string {
  const { locale } = text;
  const leaders = (n: number) => fill(pluralIn(locale, n, text.team.leaders), { n: formatCountIn(locale, n) });
  return fill(text.workshop.changeCaption, {
    title: q.title,
    before: leaders(q.before.leaders),
    after: leaders(q.after.leaders),
    from: fmt(q.kind, q.before.mean, locale),
    to: fmt(q.kind, q.after.mean, locale),
    change: signedChange(q.kind, q.overallChange, locale),
  });
}
