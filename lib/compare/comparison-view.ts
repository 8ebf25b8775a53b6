import type { RadarModel } from "../charts/radar-geometry";
import { formatStageScore } from "../results/format";
import { avoidanceFigure, stageFigure, stageOfSix } from "../report/figures";
import { chartScale } from "../scoring/scale";
import type { compareResults, DimensionChange, Direction, QuestionnaireComparison } from "./compare";
import type { MovedAnswer } from "./moved-answers";

/** How a change reads: up, down, unchanged, within the spread of the answers, or unknown. */
export type ChangeTone = Direction | "spread" | null;

export type ChangeRow = {
  id: string;
  name: string;
  before: string;
  after: string;
  change: string;
  tone: ChangeTone;
  caution?: string;
};

/** One questionnaire of a comparison, as compare and "change since last time" show it. */
export type ComparisonView = {
  questionnaireId: string;
  title: string;
  /** What the numbers in the rows are, with their scale. */
  scale: string;
  versionNote: string | null;
  overall: { label: string; text: string; tone: ChangeTone }[];
  rows: ChangeRow[];
  radar: RadarModel;
  moved: MovedAnswer[];
  notComparable: string[];
};

/** What the two sides are called: "Earlier" and "Later", or "Last time" and "This time". */
export type SideNames = { before: string; after: string };

const ARROWS = { up: "▲ up", down: "▼ down", unchanged: "= unchanged" } as const;
const signed = (n: number, kind: QuestionnaireComparison["kind"]) =>
  `${n > 0 ? "+" : "−"}${kind === "stages" ? formatStageScore(Math.abs(n)) : Math.abs(n)}`;

/**
 * A change in words: "▲ up 0.88", "= unchanged", and "+0.25, within the spread of your answers"
 * when it is smaller than what one answer read differently could make (lib/scoring/answer-spread.ts).
 */
export function changeText(
  d: Pick<DimensionChange, "direction" | "delta" | "withinSpread">,
  kind: QuestionnaireComparison["kind"],
): string {
  if (d.direction === null) return "not enough answers";
  if (d.withinSpread && d.delta !== null) return `${signed(d.delta, kind)}, within the spread of your answers`;
  const by = d.delta ? ` ${kind === "stages" ? formatStageScore(Math.abs(d.delta)) : Math.abs(d.delta)}` : "";
  return `${ARROWS[d.direction]}${by}`;
}

const toneOf = (d: Pick<DimensionChange, "direction" | "withinSpread">): ChangeTone =>
  d.withinSpread ? "spread" : d.direction;

function overallLines(c: QuestionnaireComparison): ComparisonView["overall"] {
  const none = "not enough answers";
  const line = (
    label: string,
    before: string | null,
    after: string | null,
    change: string | null,
    tone: ChangeTone,
  ) => ({
    label,
    text: `${before ?? none} → ${after ?? none}${change ? ` (${change})` : ""}`,
    tone,
  });
  const o = c.overall;
  const delta = o.before === null || o.after === null ? null : o.after - o.before;
  if (c.kind === "agreement") {
    const change = o.direction && changeText({ direction: o.direction, delta, withinSpread: false }, c.kind);
    const fig = (v: number | null) => (v === null ? null : avoidanceFigure(v));
    return [line("Overall avoidance", fig(o.before), fig(o.after), change, o.direction)];
  }
  const stage = (v: number | null) => (v === null ? null : stageOfSix(v));
  const avg = (v: number | null) => (v === null ? null : stageFigure(v));
  const a = c.average;
  return [
    line("Overall stage", stage(o.before), stage(o.after), o.direction && ARROWS[o.direction], o.direction),
    ...(a
      ? [
          line(
            "Average stage",
            avg(a.before),
            avg(a.after),
            a.direction && changeText({ direction: a.direction, delta: a.delta, withinSpread: false }, c.kind),
            a.direction,
          ),
        ]
      : []),
  ];
}

/** Each questionnaire compared, as rows, lines and a radar; names say what the sides are called. */
export function comparisonViews(change: ReturnType<typeof compareResults>, names: SideNames): ComparisonView[] {
  return change.comparisons.map((c) => {
    const shown = (v: number | null) => (v === null ? "–" : c.kind === "stages" ? formatStageScore(v) : String(v));
    const rows = c.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      before: shown(d.before),
      after: shown(d.after),
      change: changeText(d, c.kind),
      tone: toneOf(d),
      ...(d.caution ? { caution: d.caution } : {}),
    }));
    return {
      questionnaireId: c.questionnaireId,
      title: c.title,
      scale: c.kind === "stages" ? "average stage, 1 to 6" : "avoidance, 0 to 100",
      versionNote:
        c.beforeVersion === c.afterVersion
          ? null
          : `${names.before} used version ${c.beforeVersion} of these questions and ${names.after.toLowerCase()} version ${c.afterVersion}. Areas and answers are compared where both versions have them.`,
      overall: overallLines(c),
      rows,
      radar: {
        axes: c.dimensions.map((d) => ({ id: d.id, label: d.name })),
        series: [
          {
            name: names.before,
            values: Object.fromEntries(c.dimensions.map((d) => [d.id, d.before])),
            tone: "secondary",
          },
          { name: names.after, values: Object.fromEntries(c.dimensions.map((d) => [d.id, d.after])), tone: "primary" },
        ],
        ...chartScale(c.kind),
        description: `Radar chart comparing ${names.before} (grey, dashed) with ${names.after} (solid). The table beside it lists every change.`,
        notes: Object.fromEntries(
          rows.map((r) => [
            r.id,
            [`${names.before}: ${r.before}`, `${names.after}: ${r.after}`, `Change: ${r.change}`],
          ]),
        ),
      },
      moved: c.moved,
      notComparable: c.notComparable,
    };
  });
}
