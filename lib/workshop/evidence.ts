import { FAR_APART } from "../scoring/thresholds";
import type { TeamClaim } from "../team/claims";
import { reaches, type Side } from "../team/score-spread";
import type { SpreadChart, SpreadRow } from "./spread-chart";
import { fill } from "../i18n/format";
import type { TeamText } from "../team/text";
import { distanceIn, scoreText, spanText } from "./sentence";

/** What a dot stands for in a finding's picture: far below or above the median, or in a camp. */
export type Mark = Side | "camp-low" | "camp-high";

/** Leaders on one score in one area; `leaders` is empty past MAX_STACK (the dot carries the count). */
export type EvidenceDot = { value: number; count: number; leaders: number[]; mark: Mark | null };

export type EvidenceRow = {
  id: string;
  name: string;
  median: number;
  /** The stretch within FAR_APART of the median: a dot outside it is far from the team. */
  near: { from: number; to: number };
  dots: EvidenceDot[];
  /** Set for a two-camps claim: each camp's stretch, lowest first, and the gap between. */
  camps: { low: { from: number; to: number; label: string }; high: { from: number; to: number; label: string } } | null;
  /** Set for a middle-half claim: the middle half of the team. */
  middle: { from: number; to: number } | null;
  /** Leaders the claim names, to label beside their dot (by "Leader A" until names are shown). */
  named: { leader: number; value: number }[];
};

/**
 * A finding's evidence as a picture: the area's (or areas') leaders as dots on the scale, the
 * median, the stretch within FAR_APART of it, and what the claim marks (the camps, the leaders
 * far from the team). Built from the claim and the spread chart, so the picture shows exactly
 * the figures the sentence rests on.
 */
export type EvidencePicture = {
  kind: SpreadChart["kind"];
  min: number;
  max: number;
  ticks: number[];
  /** FAR_APART on this scale, as the legend writes it: "1.5 stages". */
  far: string;
  rows: EvidenceRow[];
  /** The caption a screen reader reads first, and the legend under the picture. */
  legend: string;
};

const dotsOf = (row: SpreadRow, mark: (value: number, leaders: readonly number[]) => Mark | null): EvidenceDot[] =>
  row.dots.map((d) => ({ ...d, mark: mark(d.value, d.leaders) }));

function rowOf(chart: SpreadChart, row: SpreadRow, parts: Partial<EvidenceRow> = {}): EvidenceRow {
  const median = row.median ?? 0;
  const far = FAR_APART[chart.kind];
  const farMark = (value: number): Mark | null =>
    reaches(Math.abs(value - median), far) ? (value < median ? "low" : "high") : null;
  return {
    id: row.id,
    name: row.name,
    median,
    near: { from: Math.max(chart.min, median - far), to: Math.min(chart.max, median + far) },
    dots: dotsOf(row, farMark),
    camps: null,
    middle: null,
    named: [],
    ...parts,
  };
}

/** The picture for one claim, or null for a claim with nothing to draw (one leader, two, a count of standouts). */
export function evidencePicture(claim: TeamClaim, chart: SpreadChart, text: TeamText): EvidencePicture | null {
  const w = text.workshop;
  const row = (id: string) => chart.rows.find((r) => r.id === id);
  const far = distanceIn(text, chart.kind, FAR_APART[chart.kind]);
  const base = { kind: chart.kind, min: chart.min, max: chart.max, ticks: chart.ticks, far };
  const each = fill(w.evidenceEach, { far });
  switch (claim.rule) {
    case "two-camps": {
      const r = row(claim.area.id);
      if (!r) return null;
      const [low, high] = claim.camps;
      const label = (c: typeof low) =>
        fill(w.campLabel, { n: c.leaders.length, span: spanText(chart.kind, c.min, c.max, text.locale) });
      const camp = (value: number): Mark | null =>
        value <= low.max ? "camp-low" : value >= high.min ? "camp-high" : null;
      const camps = {
        low: { from: low.min, to: low.max, label: label(low) },
        high: { from: high.min, to: high.max, label: label(high) },
      };
      const rows = [rowOf(chart, r, { dots: dotsOf(r, camp), camps })];
      return {
        ...base,
        rows,
        legend: fill(w.evidenceCamps, { each, distance: distanceIn(text, chart.kind, claim.gap) }),
      };
    }
    case "far-from-median": {
      const r = row(claim.area.id);
      if (!r) return null;
      const rows = [rowOf(chart, r, { named: claim.named.map((a) => ({ leader: a.leader, value: a.value })) })];
      return { ...base, rows, legend: fill(w.evidenceFar, { each, far }) };
    }
    case "stands-out": {
      const rows = claim.apart.flatMap((a) => {
        const r = row(a.area.id);
        if (!r) return [];
        const mark = (_: number, leaders: readonly number[]): Mark | null =>
          leaders.includes(claim.leader) ? (a.value < a.area.median ? "low" : "high") : null;
        return [rowOf(chart, r, { dots: dotsOf(r, mark), named: [{ leader: claim.leader, value: a.value }] })];
      });
      return { ...base, rows, legend: fill(w.evidenceStandsOut, { each, far }) };
    }
    case "middle-half-apart": {
      const r = row(claim.area.id);
      if (!r) return null;
      const rows = [rowOf(chart, r, { middle: { from: claim.q1, to: claim.q3 } })];
      return { ...base, rows, legend: fill(w.evidenceMiddle, { each }) };
    }
    case "broadly-agree": {
      const rows = claim.areas.flatMap((a) => {
        const r = row(a.id);
        return r ? [rowOf(chart, r)] : [];
      });
      return { ...base, rows, legend: fill(w.evidenceAgree, { each }) };
    }
    default:
      return null;
  }
}

/** A row's scores as the picture's text alternative writes them: "Leader A 1.25, Leader B 2 (far lower)". */
export function rowScores(
  kind: SpreadChart["kind"],
  row: EvidenceRow,
  nameOf: (leader: number) => string,
  text: TeamText,
): string {
  const w = text.workshop;
  return row.dots
    .map((d) => {
      const mark = d.mark ? fill(w.dotMark, { mark: w.marks[d.mark] }) : "";
      const value = scoreText(kind, d.value, text.locale);
      if (d.leaders.length === 0) return fill(w.dotCount, { n: d.count, value, mark });
      return d.leaders.map((l) => fill(w.dotLeader, { name: nameOf(l), value, mark })).join(text.team.comma);
    })
    .join(text.team.comma);
}
