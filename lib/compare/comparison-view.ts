import type { RadarModel } from "../charts/radar-geometry";
import { formatStageScore } from "../results/format";
import { avoidanceFigure, stageFigure, stageOfSix } from "../report/figures";
import { chartScale } from "../scoring/scale";
import type { ChangeClaim, Verdict } from "../scoring/progress";
import type { compareResults, OverallChange, QuestionnaireComparison } from "./compare";
import type { MovedAnswer } from "./moved-answers";
import type { TargetClaim } from "../results/target-claims";

/** How a change reads (its colour and arrow): up, down, unchanged, within the spread, or unknown. */
export type ChangeTone = "up" | "down" | "unchanged" | "spread" | null;

/** Each verdict's one look, wherever a change is shown. */
export const TONES: Record<Verdict, Exclude<ChangeTone, null>> = {
  progress: "up",
  decline: "down",
  unchanged: "unchanged",
  "within-spread": "spread",
};

export type ChangeRow = {
  id: string;
  name: string;
  before: string;
  after: string;
  change: string;
  tone: ChangeTone;
  /** The judged change the text and tone are written from: its scores, margin and verdict. */
  claim: ChangeClaim | null;
  caution?: string;
};

/** An overall line: "Average stage: 3.01 of 6 → 3.89 of 6 (▲ up 0.88)", from its claim. */
export type OverallLine = { label: string; text: string; tone: ChangeTone; claim: ChangeClaim | null };

/** One questionnaire of a comparison, as compare and "change since last time" show it. */
export type ComparisonView = {
  questionnaireId: string;
  title: string;
  /** What the numbers in the rows are, with their scale. */
  scale: string;
  versionNote: string | null;
  overall: OverallLine[];
  rows: ChangeRow[];
  radar: RadarModel;
  moved: MovedAnswer[];
  notComparable: string[];
  /** Each target set earlier, and whether it was reached; null when none was set. */
  targets: { intro: string; items: TargetClaim[] } | null;
};

/**
 * What the two sides are called ("Earlier" and "Later", or "Last time" and "This time"), and
 * where the targets judged came from.
 */
export type SideNames = { before: string; after: string; targets: string };

const ARROWS = { progress: "▲ up", decline: "▼ down", unchanged: "= unchanged" } as const;
const figureOf = (n: number, kind: QuestionnaireComparison["kind"]) =>
  kind === "stages" ? formatStageScore(n) : String(n);
const signed = (n: number, kind: QuestionnaireComparison["kind"]) =>
  `${n > 0 ? "+" : "−"}${figureOf(Math.abs(n), kind)}`;

/** What a change within the spread is called, wherever it is shown. */
export const WITHIN_SPREAD = "within the spread of your answers";

/**
 * A change in words, from its verdict: "▲ up 0.88", "= unchanged", and "+0.25, within the
 * spread of your answers" when the rule (lib/scoring/progress.ts) does not count it. The overall
 * stage says only its direction: its step is a whole stage.
 */
export function changeText(change: ChangeClaim | null, kind: QuestionnaireComparison["kind"]): string {
  if (change === null) return "not enough answers";
  const stage = change.of === "stage";
  if (change.verdict === "within-spread")
    return stage ? WITHIN_SPREAD : `${signed(change.delta, kind)}, ${WITHIN_SPREAD}`;
  const by = change.delta !== 0 && !stage ? ` ${figureOf(Math.abs(change.delta), kind)}` : "";
  return `${ARROWS[change.verdict]}${by}`;
}

const toneOf = (change: ChangeClaim | null): ChangeTone => (change === null ? null : TONES[change.verdict]);

function overallLines(c: QuestionnaireComparison): ComparisonView["overall"] {
  const none = "not enough answers";
  const line = (label: string, o: OverallChange, figure: (v: number) => string): OverallLine => ({
    label,
    text: `${o.before === null ? none : figure(o.before)} → ${o.after === null ? none : figure(o.after)}${o.change ? ` (${changeText(o.change, c.kind)})` : ""}`,
    tone: toneOf(o.change),
    claim: o.change,
  });
  if (c.kind === "agreement") return [line("Overall avoidance", c.overall, avoidanceFigure)];
  return [
    line("Overall stage", c.overall, (v) => stageOfSix(v)),
    ...(c.average ? [line("Average stage", c.average, stageFigure)] : []),
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
      change: changeText(d.change, c.kind),
      tone: toneOf(d.change),
      claim: d.change,
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
      targets: c.targets && { intro: names.targets, items: c.targets },
    };
  });
}
