import { countOf } from "../shared/plural";
import { DISAGREEMENT, MIN_FOR_APART, type Apart, type DimensionSpread, type Side } from "../team/score-spread";
import type { Leader } from "../team/people";
import type { QuestionnaireAggregate } from "../team/types";
import { distanceText, listOf, scoreText, spanText, type Sentence } from "./sentence";

/** What one area's spread says, short enough for a table cell. */
export type AreaNote = { id: string; name: string; note: Sentence };

/** What a facilitator reads about one questionnaire: a few sentences, then one note per area. */
export type Findings = {
  questionnaireId: string;
  title: string;
  summary: Sentence[];
  areas: AreaNote[];
};

/** A leader who sits apart in most areas: one finding about that person, not one per area. */
type Standout = { leader: number; apart: { side: Side; value: number; median: number }[]; judged: number };

const FAR: Record<Side, string> = { low: "far lower", high: "far higher" };

/**
 * Leaders named in one finding at most. A workshop team has one or two who sit apart; in an
 * organisation of thousands, hundreds may, and a list of them says less than their number.
 */
export const MAX_NAMED = 3;

/** Leaders apart, counted instead of named: "795 leaders (16%)" and "400 far lower, 395 far higher". */
function apartCount(apart: readonly Apart[], of: number): { who: string; sides: string } {
  const low = apart.filter((a) => a.side === "low").length;
  const share = Math.round((apart.length / of) * 100);
  return {
    who: `${countOf(apart.length, "leader", "leaders")} (${share}%)`,
    sides: `${low} far lower, ${apart.length - low} far higher`,
  };
}

/** Areas where sitting apart can be judged: enough leaders, and no camps to stand in for it. */
const judgeable = (d: DimensionSpread) => d.count >= MIN_FOR_APART && d.camps === null && d.median !== null;

/** Leaders apart from the team in more than half the areas they could be judged in (two at least). */
function standouts(q: QuestionnaireAggregate, leaders: readonly Leader[]): Standout[] {
  const areas = q.dimensions.filter(judgeable);
  const byLeader = new Map<number, Standout>();
  for (const d of areas) {
    for (const o of d.outliers) {
      let found = byLeader.get(o.leader);
      if (!found) byLeader.set(o.leader, (found = { leader: o.leader, apart: [], judged: 0 }));
      found.apart.push({ side: o.side, value: o.value, median: d.median ?? 0 });
    }
  }
  // Only leaders apart somewhere can stand out: count the areas each of them scored.
  for (const s of byLeader.values()) {
    const score = leaders[s.leader]?.assessments.find((a) => a.questionnaireId === q.questionnaireId)?.score;
    const scored = new Set(score?.dimensions.filter((x) => x.score !== null).map((x) => x.id));
    s.judged = areas.filter((d) => scored.has(d.id)).length;
  }
  return [...byLeader.values()]
    .filter((s) => s.apart.length >= 2 && s.apart.length * 2 > s.judged)
    .sort((a, b) => a.leader - b.leader);
}

function standoutSentence(s: Standout, q: QuestionnaireAggregate): Sentence {
  const sides = new Set(s.apart.map((a) => a.side));
  const areas = s.apart.length === s.judged ? "every area" : `most areas (${s.apart.length} of ${s.judged})`;
  const [side] = sides;
  if (sides.size !== 1 || !side)
    return [
      { leader: s.leader },
      ` sees ${areas} very differently from the rest of the team, far lower in some and far higher in others.`,
    ];
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const theirs = scoreText(q.kind, mean(s.apart.map((a) => a.value)));
  const team = scoreText(q.kind, mean(s.apart.map((a) => a.median)));
  return [
    { leader: s.leader },
    ` sees ${areas} ${FAR[side]} than the rest of the team: ${theirs} on average, where the team's median is ${team}.`,
  ];
}

function apartList(q: QuestionnaireAggregate, apart: readonly Apart[]): Sentence {
  return listOf(apart.map((a) => [{ leader: a.leader }, ` ${FAR[a.side]} (${scoreText(q.kind, a.value)})`]));
}

function campsText(q: QuestionnaireAggregate, d: DimensionSpread): string {
  const [low, high] = d.camps ?? [];
  if (!low || !high) return "";
  const group = (c: typeof low) =>
    `${countOf(c.leaders.length, "leader", "leaders")} at ${spanText(q.kind, c.min, c.max)}`;
  return `${group(low)} and ${group(high)}`;
}

function areaNote(q: QuestionnaireAggregate, d: DimensionSpread, named: ReadonlySet<number>): Sentence {
  const threshold = distanceText(q.kind, DISAGREEMENT[q.kind]);
  if (d.count === 0 || d.median === null) return ["No leader scored this area."];
  if (d.count === 1) return ["Only one leader scored this area."];
  if (d.count === 2) {
    const apart = (d.range ?? 0) >= DISAGREEMENT[q.kind];
    return [`The two leaders are ${apart ? `${distanceText(q.kind, d.range ?? 0)} apart` : `within ${threshold}`}.`];
  }
  if (d.camps) return [`Two camps: ${campsText(q, d)}.`];
  if (d.outliers.length > MAX_NAMED) {
    const { who, sides } = apartCount(d.outliers, d.count);
    return [`${who} sit ${threshold} or more from the median (${scoreText(q.kind, d.median)}): ${sides}.`];
  }
  const others = d.outliers.filter((o) => !named.has(o.leader));
  const already = d.outliers.length - others.length;
  const split = d.disagreement ? [` The middle half is ${threshold} or more apart: leaders disagree.`] : [];
  if (others.length > 0) {
    const also = already > 0 ? [`; also ${countOf(already, "leader", "leaders")} named above`] : [];
    return [...apartList(q, others), ...also, ".", ...split];
  }
  const median = scoreText(q.kind, d.median);
  if (d.disagreement) return [`The middle half is ${threshold} or more apart: leaders disagree.`];
  if (already > 0)
    return [
      `Within ${threshold} of the median (${median}), but for ${countOf(already, "leader", "leaders")} named above.`,
    ];
  return [`Everyone is within ${threshold} of the median (${median}).`];
}

function teamSentences(q: QuestionnaireAggregate, found: readonly Standout[]): Sentence[] {
  const threshold = distanceText(q.kind, DISAGREEMENT[q.kind]);
  const scored = q.dimensions.filter((d) => d.count > 0);
  if (q.respondents <= 1)
    return [
      [
        "Only one leader has answered, so there is no spread to read yet: from three leaders on, this says whether they agree.",
      ],
    ];
  if (q.respondents === 2) {
    const far = scored.filter((d) => (d.range ?? 0) >= DISAGREEMENT[q.kind]).map((d) => [d.name]);
    return [
      ["Only two leaders have answered: too few to say whether the team agrees."],
      ...(far.length > 0 ? [["They are ", threshold, " or more apart in ", ...listOf(far), "."]] : []),
    ];
  }
  const named = new Set(found.map((s) => s.leader));
  const sentences: Sentence[] = found.slice(0, MAX_NAMED).map((s) => standoutSentence(s, q));
  if (found.length > MAX_NAMED)
    sentences.push([
      `${countOf(found.length - MAX_NAMED, "more leader sees", "more leaders see")} most areas far from the rest of the team; the grid marks where.`,
    ]);
  for (const d of scored.filter((x) => x.camps)) {
    sentences.push([`In ${d.name} the team splits into two camps: ${campsText(q, d)}.`]);
  }
  for (const d of scored) {
    const median = scoreText(q.kind, d.median ?? 0);
    if (d.outliers.length > MAX_NAMED) {
      const { who, sides } = apartCount(d.outliers, d.count);
      sentences.push([`In ${d.name}, ${who} sit ${threshold} or more from the team's median of ${median}: ${sides}.`]);
      continue;
    }
    const others = d.outliers.filter((o) => !named.has(o.leader));
    if (others.length === 0) continue;
    sentences.push([`In ${d.name}, `, ...apartList(q, others), ` than the rest; the team's median is ${median}.`]);
  }
  for (const d of scored.filter((x) => x.disagreement && !x.camps)) {
    const middle = spanText(q.kind, d.q1 ?? 0, d.q3 ?? 0);
    sentences.push([
      `In ${d.name} the middle half of the team spans ${middle}, ${threshold} or more: leaders see it differently, which is worth discussing.`,
    ]);
  }
  if (sentences.length > 0) return sentences;
  return [
    [
      `The leaders broadly agree: in every area, each of the ${q.respondents} leaders is within ${threshold} of the team's median.`,
    ],
  ];
}

/**
 * What the team's spread says, per questionnaire. The rules, in order:
 * - one leader is no team, and two are too few to say whether a team agrees;
 * - a leader far (DISAGREEMENT or more) from the median in most areas is named once, low or high
 *   (MAX_NAMED of them; more are counted);
 * - an area whose scores split into two camps (score-spread.ts) is named with both camps;
 * - any other leader far from the median is named in that area, or, past MAX_NAMED, counted;
 * - an area whose middle half is DISAGREEMENT or more wide is named as disputed;
 * - only when none of that holds, with three leaders or more, do the leaders broadly agree.
 */
export function teamFindings(q: QuestionnaireAggregate, leaders: readonly Leader[]): Findings {
  const found = q.respondents >= MIN_FOR_APART ? standouts(q, leaders) : [];
  const named = new Set(found.map((s) => s.leader));
  return {
    questionnaireId: q.questionnaireId,
    title: q.title,
    summary: teamSentences(q, found),
    areas: q.dimensions.map((d) => ({ id: d.id, name: d.name, note: areaNote(q, d, named) })),
  };
}
