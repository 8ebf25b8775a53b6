import { FAR_APART, MIN_LEADERS_FOR_MEDIAN } from "../scoring/thresholds";
import { areaImportance, importanceSplits, type ImportanceSplit } from "./importance";
import type { Leader } from "./people";
import { reaches, type Apart, type Camp, type DimensionSpread, type Side } from "./score-spread";
import type { QuestionnaireAggregate } from "./types";

/**
 * What the team view says about a team, as values that carry their evidence: the area, its
 * median, the threshold applied and the leaders with their scores. The sentences (lib/workshop/
 * findings.ts), the grid's marks, the slides' pictures and the CSV are all drawn from these, and
 * the property tests check each claim against its rule (lib/scoring/thresholds.ts).
 */

/** Which area a claim is about, with the figures every claim about it rests on. */
export type AreaEvidence = { id: string; name: string; count: number; median: number };

/** A leader far from the median in most areas: said once for the questionnaire, not per area. */
export type Standout = {
  leader: number;
  /** "both" when far lower in some areas and far higher in others. */
  side: Side | "both";
  apart: { area: AreaEvidence; value: number }[];
  /** Areas where the leader could be judged: scored, by enough leaders, not split into camps. */
  judged: number;
};

/** One finding about a questionnaire's team, with its rule (`rule`) and evidence. */
export type TeamClaim =
  | { rule: "one-leader" }
  | { rule: "two-leaders"; apart: { area: AreaEvidence; distance: number }[] }
  /** Three leaders or more took it, but no area was scored by that many (the rest answered "Don't know"). */
  | { rule: "too-few-per-area" }
  | ({ rule: "stands-out" } & Standout)
  | { rule: "more-stand-out"; leaders: number[] }
  | { rule: "two-camps"; area: AreaEvidence; camps: [Camp, Camp]; gap: number }
  | {
      rule: "far-from-median";
      area: AreaEvidence;
      /** Every leader far from the median here: the grid marks exactly these. */
      apart: Apart[];
      /** Those named by this claim: all of `apart`, less standouts named once above; none when counted. */
      named: Apart[];
      /** More than MAX_NAMED: the leaders are counted, not named. */
      counted: boolean;
    }
  | { rule: "middle-half-apart"; area: AreaEvidence; q1: number; q3: number }
  | {
      rule: "broadly-agree";
      leaders: number;
      /** The areas judged, each scored by MIN_LEADERS_FOR_MEDIAN leaders or more. */
      areas: AreaEvidence[];
      /** Areas scored by too few leaders to judge, said as exceptions. */
      except: AreaEvidence[];
      /** The furthest any leader is from an area's median: under FAR_APART. */
      widest: number;
    }
  /** Leaders disagree on how much an area matters (IMPORTANCE_SPLIT): a finding apart from the scores. */
  | ImportanceSplit;

/** What one area's note says: a claim about that area alone. */
export type AreaClaim =
  | { rule: "unscored" }
  | { rule: "one-scored" }
  | { rule: "pair"; area: AreaEvidence; distance: number; far: boolean }
  | Extract<TeamClaim, { rule: "two-camps" | "far-from-median" }>
  /** `standouts`: leaders far from the median here who are named once for the questionnaire. */
  | (Extract<TeamClaim, { rule: "middle-half-apart" }> & { standouts: number[] })
  | { rule: "within"; area: AreaEvidence; standouts: number[] };

/**
 * Leaders named in one claim at most. A workshop team has one or two who sit apart; in an
 * organisation of thousands, hundreds may, and a list of them says less than their number.
 */
export const MAX_NAMED = 3;

const evidenceOf = (d: DimensionSpread): AreaEvidence => ({
  id: d.id,
  name: d.name,
  count: d.count,
  median: d.median ?? 0,
});

/** Areas where sitting apart can be judged: enough leaders, and no camps to stand in for it. */
const judgeable = (d: DimensionSpread) => d.count >= MIN_LEADERS_FOR_MEDIAN && d.camps === null && d.median !== null;

/** Leaders far from the median in more than half the areas they could be judged in (two at least). */
function standoutsOf(q: QuestionnaireAggregate, leaders: readonly Leader[]): Standout[] {
  if (q.respondents < MIN_LEADERS_FOR_MEDIAN) return [];
  const areas = q.dimensions.filter(judgeable);
  const byLeader = new Map<number, Standout>();
  for (const d of areas) {
    for (const o of d.outliers) {
      let found = byLeader.get(o.leader);
      if (!found) byLeader.set(o.leader, (found = { leader: o.leader, side: o.side, apart: [], judged: 0 }));
      if (found.side !== o.side) found.side = "both";
      found.apart.push({ area: evidenceOf(d), value: o.value });
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

/** The claim one area's spread makes, given the standouts already named for the questionnaire. */
function areaClaim(q: QuestionnaireAggregate, d: DimensionSpread, standouts: ReadonlySet<number>): AreaClaim {
  if (d.count === 0 || d.median === null) return { rule: "unscored" };
  if (d.count === 1) return { rule: "one-scored" };
  const area = evidenceOf(d);
  if (d.count < MIN_LEADERS_FOR_MEDIAN) {
    const distance = d.range ?? 0;
    return { rule: "pair", area, distance, far: reaches(distance, FAR_APART[q.kind]) };
  }
  if (d.camps) {
    const [low, high] = d.camps;
    return { rule: "two-camps", area, camps: d.camps, gap: high.min - low.max };
  }
  const counted = d.outliers.length > MAX_NAMED;
  const named = counted ? [] : d.outliers.filter((o) => !standouts.has(o.leader));
  if (named.length > 0 || counted) return { rule: "far-from-median", area, apart: d.outliers, named, counted };
  // Whoever is far here is a standout, named once above: the note says so, whatever else it says.
  const others = d.outliers.map((o) => o.leader);
  if (d.disagreement) return { rule: "middle-half-apart", area, q1: d.q1 ?? 0, q3: d.q3 ?? 0, standouts: others };
  return { rule: "within", area, standouts: others };
}

/** What a questionnaire's spread says: the claims for its summary, then one per area. */
export type QuestionnaireClaims = {
  questionnaireId: string;
  summary: TeamClaim[];
  /** Where leaders disagree on what matters: said after the summary, which is about the scores. */
  importance: ImportanceSplit[];
  areas: { id: string; name: string; claim: AreaClaim }[];
};

/**
 * The rules, in order:
 * - one leader is no team, and two are too few to say whether a team agrees (MIN_LEADERS_FOR_MEDIAN);
 * - a leader FAR_APART or more from the median in most areas is one claim, low, high or both
 *   (MAX_NAMED of them; more are counted);
 * - an area split into two camps (TWO_CAMPS) is one claim, naming both camps;
 * - any other leader far from the median is named in that area's claim, or counted past MAX_NAMED;
 * - an area whose middle half is FAR_APART or more wide is a claim that leaders see it differently;
 * - only when none of that holds, and every scored area has MIN_LEADERS_FOR_MEDIAN leaders, do the
 *   leaders broadly agree.
 */
export function questionnaireClaims(q: QuestionnaireAggregate, leaders: readonly Leader[]): QuestionnaireClaims {
  const standouts = standoutsOf(q, leaders);
  const named = new Set(standouts.map((s) => s.leader));
  const areas = q.dimensions.map((d) => ({ id: d.id, name: d.name, claim: areaClaim(q, d, named) }));
  return {
    questionnaireId: q.questionnaireId,
    summary: summaryClaims(q, standouts, areas),
    importance: importanceSplits(areaImportance(q, leaders)),
    areas,
  };
}

function summaryClaims(
  q: QuestionnaireAggregate,
  standouts: readonly Standout[],
  areas: readonly { claim: AreaClaim }[],
): TeamClaim[] {
  if (q.respondents <= 1) return [{ rule: "one-leader" }];
  const claims = areas.map((a) => a.claim);
  if (q.respondents < MIN_LEADERS_FOR_MEDIAN) {
    const apart = claims.flatMap((c) => (c.rule === "pair" && c.far ? [{ area: c.area, distance: c.distance }] : []));
    return [{ rule: "two-leaders", apart }];
  }
  const out: TeamClaim[] = standouts.slice(0, MAX_NAMED).map((s) => ({ rule: "stands-out", ...s }));
  if (standouts.length > MAX_NAMED)
    out.push({ rule: "more-stand-out", leaders: standouts.slice(MAX_NAMED).map((s) => s.leader) });
  for (const c of claims) if (c.rule === "two-camps") out.push(c);
  for (const c of claims) if (c.rule === "far-from-median") out.push(c);
  for (const d of q.dimensions) {
    if (d.disagreement && !d.camps && d.count >= MIN_LEADERS_FOR_MEDIAN)
      out.push({ rule: "middle-half-apart", area: evidenceOf(d), q1: d.q1 ?? 0, q3: d.q3 ?? 0 });
  }
  if (out.length > 0) return out;
  const scored = q.dimensions.filter((d) => d.count > 0 && d.median !== null);
  const judged = scored.filter((d) => d.count >= MIN_LEADERS_FOR_MEDIAN);
  if (judged.length === 0) return [{ rule: "too-few-per-area" }];
  const from = (d: DimensionSpread) => Math.max((d.max ?? 0) - (d.median ?? 0), (d.median ?? 0) - (d.min ?? 0));
  return [
    {
      rule: "broadly-agree",
      leaders: q.respondents,
      areas: judged.map(evidenceOf),
      except: scored.filter((d) => d.count < MIN_LEADERS_FOR_MEDIAN).map(evidenceOf),
      widest: Math.max(...judged.map(from)),
    },
  ];
}
