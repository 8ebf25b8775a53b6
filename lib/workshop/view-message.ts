import type { AreaClaim, TeamClaim } from "../team/claims";
import type { GridCell, GridColumn, GridRow, LeaderGrid } from "../team/grid";
import type { Apart, DimensionSpread } from "../team/score-spread";
import type { QuestionnaireAggregate } from "../team/types";
import type { Findings } from "./findings";
import type { TeamSummary, TeamView } from "./read-team";
import type { TeamReportModel } from "./team-report";

// The team view as the Web Worker posts it to the page. Structured clone rebuilds a message one
// object at a time on the page's main thread: 5,000 leaders' grid rows and the leaders far from
// each area's median are some 100,000 small objects, 640 ms at 4× CPU in one task. Packed, they
// are a few typed arrays (copied as blocks, or handed over with no copy at all), and the page
// rebuilds the objects in a plain loop, tens of times faster than the clone would.

/** Leaders apart from an area's median, as three columns. */
export type PackedAparts = { leaders: Int32Array; values: Float64Array; high: Uint8Array };

/**
 * The grid as a table of its distinct cells (scores take few values, so a grid of 60,000 cells
 * has a few hundred) and, row by row, each cell's place in that table.
 */
export type PackedGrid = {
  columns: GridColumn[];
  cells: GridCell[];
  leaders: Int32Array;
  names: string[];
  codes: Uint32Array;
};

type FarClaim = Extract<TeamClaim, { rule: "far-from-median" }>;

// The view's shape with the lists of leaders apart from a median as `A` and the grid as `G`: the
// view itself (Apart[], LeaderGrid) or its message (PackedAparts, PackedGrid). One walk over
// this shape packs and unpacks, so the two cannot drift apart when the view grows a field.
type FarOf<A> = Omit<FarClaim, "apart"> & { apart: A };
type TeamClaimOf<A> = Exclude<TeamClaim, FarClaim> | FarOf<A>;
type AreaClaimOf<A> = Exclude<AreaClaim, FarClaim> | FarOf<A>;
type FindingsOf<A> = Omit<Findings, "summary" | "areas"> & {
  summary: (Omit<Findings["summary"][number], "claim"> & { claim: TeamClaimOf<A> })[];
  areas: (Omit<Findings["areas"][number], "claim"> & { claim: AreaClaimOf<A> })[];
};
type AggregateOf<A> = Omit<QuestionnaireAggregate, "dimensions"> & {
  dimensions: (Omit<DimensionSpread, "outliers"> & { outliers: A })[];
};
type ViewOf<A, G> = Omit<TeamView, "summary" | "report"> & {
  summary: Omit<TeamSummary, "byQuestionnaire"> & { byQuestionnaire: AggregateOf<A>[] };
  report: Omit<TeamReportModel, "grid" | "findings"> & { grid: G; findings: FindingsOf<A>[] };
};

export type TeamViewMessage = ViewOf<PackedAparts, PackedGrid>;

/**
 * The view with each list of leaders apart mapped by `aparts` (once per list: an area's outliers
 * and the claim about them are one array, and stay one) and the grid by `grid`.
 */
function mapView<A extends object, B, G, H>(view: ViewOf<A, G>, convert: (a: A) => B, grid: (g: G) => H): ViewOf<B, H> {
  const done = new Map<A, B>();
  const aparts = (a: A): B => {
    let found = done.get(a);
    if (found === undefined) done.set(a, (found = convert(a)));
    return found;
  };
  const teamClaim = (c: TeamClaimOf<A>): TeamClaimOf<B> =>
    c.rule === "far-from-median" ? { ...c, apart: aparts(c.apart) } : c;
  const areaClaim = (c: AreaClaimOf<A>): AreaClaimOf<B> =>
    c.rule === "far-from-median" ? { ...c, apart: aparts(c.apart) } : c;
  const { summary, report } = view;
  return {
    ...view,
    summary: {
      ...summary,
      byQuestionnaire: summary.byQuestionnaire.map((q) => ({
        ...q,
        dimensions: q.dimensions.map((d) => ({ ...d, outliers: aparts(d.outliers) })),
      })),
    },
    report: {
      ...report,
      grid: grid(report.grid),
      findings: report.findings.map((f) => ({
        ...f,
        summary: f.summary.map((s) => ({ ...s, claim: teamClaim(s.claim) })),
        areas: f.areas.map((a) => ({ ...a, claim: areaClaim(a.claim) })),
      })),
    },
  };
}

/** Packs a view for postMessage. */
export function packView(view: TeamView): TeamViewMessage {
  const aparts = (list: readonly Apart[]): PackedAparts => ({
    leaders: Int32Array.from(list, (a) => a.leader),
    values: Float64Array.from(list, (a) => a.value),
    high: Uint8Array.from(list, (a) => (a.side === "high" ? 1 : 0)),
  });
  return mapView(view, aparts, packGrid);
}

/** The typed arrays' buffers, to hand over to the page with the message instead of copying them. */
export function transferablesOf(message: TeamViewMessage): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: { buffer: ArrayBufferLike }) => {
    if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  };
  const { grid, findings } = message.report;
  add(grid.leaders);
  add(grid.codes);
  const aparts = (p: PackedAparts) => [p.leaders, p.values, p.high].forEach(add);
  for (const q of message.summary.byQuestionnaire) q.dimensions.forEach((d) => aparts(d.outliers));
  for (const f of findings)
    for (const { claim } of [...f.summary, ...f.areas]) if (claim.rule === "far-from-median") aparts(claim.apart);
  return [...buffers];
}

/** The view again, as the worker built it. */
export function unpackView(message: TeamViewMessage): TeamView {
  const aparts = (p: PackedAparts): Apart[] => {
    const found = new Array<Apart>(p.leaders.length);
    // Plain loops: run once, cold, a builtin's callback per element was 87 ms in Node.
    for (let i = 0; i < found.length; i += 1)
      found[i] = { leader: p.leaders[i] ?? 0, value: p.values[i] ?? 0, side: p.high[i] === 1 ? "high" : "low" };
    return found;
  };
  return mapView(message, aparts, unpackGrid);
}

export function packGrid(grid: LeaderGrid): PackedGrid {
  const width = grid.columns.length;
  const table = new Map<GridCell, number>();
  const codes = new Uint32Array(grid.rows.length * width);
  grid.rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      let code = table.get(cell);
      if (code === undefined) table.set(cell, (code = table.size));
      codes[r * width + c] = code;
    });
  });
  return {
    columns: grid.columns,
    cells: [...table.keys()],
    leaders: Int32Array.from(grid.rows, (r) => r.leader),
    names: grid.rows.map((r) => r.name),
    codes,
  };
}

const NO_CELL: GridCell = { text: "–", tone: null, outlier: null };

export function unpackGrid(packed: PackedGrid): LeaderGrid {
  const width = packed.columns.length;
  const { cells, codes, names } = packed;
  const rows = new Array<GridRow>(packed.leaders.length);
  for (let r = 0; r < rows.length; r += 1) {
    const row = new Array<GridCell>(width);
    for (let c = 0; c < width; c += 1) row[c] = cells[codes[r * width + c] ?? 0] ?? NO_CELL;
    rows[r] = { leader: packed.leaders[r] ?? 0, name: names[r] ?? "", cells: row };
  }
  return { columns: packed.columns, rows };
}
