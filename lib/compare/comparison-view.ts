import type { RadarModel } from "../charts/radar-geometry";
import { fill } from "../i18n/format";
import { formatStageScoreIn } from "../results/format";
import type { Words } from "../report/words";
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
 * What the two sides are called ("Earlier" and "Later", or "Last time" and "This time"; the
 * later side also inside a sentence), and where the targets judged came from.
 */
export type SideNames = { before: string; after: string; afterInSentence: string; targets: string };

type Kind = QuestionnaireComparison["kind"];
const figureOf = (n: number, kind: Kind, w: Words) => (kind === "stages" ? formatStageScoreIn(w.locale, n) : String(n));
const signed = (n: number, kind: Kind, w: Words) => `${n > 0 ? "+" : "−"}${figureOf(Math.abs(n), kind, w)}`;

/** What a change within the spread is called on /how-scoring-works/ (its English page). */
export const WITHIN_SPREAD = "within the spread of your answers";

/**
 * A change in words, from its verdict: "▲ up 0.88", "= unchanged", and "+0.25, within the
 * spread of your answers" when the rule (lib/scoring/progress.ts) does not count it. The overall
 * stage says only its direction: its step is a whole stage.
 */
export function changeText(change: ChangeClaim | null, kind: Kind, w: Words): string {
  const m = w.messages.results.change;
  if (change === null) return m.notEnough;
  const stage = change.of === "stage";
  if (change.verdict === "within-spread")
    return stage ? m.withinSpread : fill(m.signedWithinSpread, { delta: signed(change.delta, kind, w) });
  const arrow = m[change.verdict];
  return change.delta !== 0 && !stage ? fill(m.by, { arrow, by: figureOf(Math.abs(change.delta), kind, w) }) : arrow;
}

const toneOf = (change: ChangeClaim | null): ChangeTone => (change === null ? null : TONES[change.verdict]);

function overallLines(c: QuestionnaireComparison, w: Words): ComparisonView["overall"] {
  const m = w.messages.results.change;
  const line = (label: string, o: OverallChange, figure: (v: number, w: Words) => string): OverallLine => {
    const shown = (v: number | null) => (v === null ? m.notEnough : figure(v, w));
    const [before, after] = [shown(o.before), shown(o.after)];
    return {
      label,
      text: o.change
        ? fill(m.lineWithChange, { before, after, change: changeText(o.change, c.kind, w) })
        : fill(m.line, { before, after }),
      tone: toneOf(o.change),
      claim: o.change,
    };
  };
  if (c.kind === "agreement") return [line(m.overallAvoidance, c.overall, avoidanceFigure)];
  return [
    line(m.overallStage, c.overall, (v) => stageOfSix(v, w)),
    ...(c.average ? [line(m.averageStage, c.average, stageFigure)] : []),
  ];
}

/** Each questionnaire compared, as rows, lines and a radar; names say what the sides are called. */
export function comparisonViews(
  change: ReturnType<typeof compareResults>,
  names: SideNames,
  w: Words,
): ComparisonView[] {
  const m = w.messages.results.change;
  return change.comparisons.map((c) => {
    const shown = (v: number | null) => (v === null ? "–" : figureOf(v, c.kind, w));
    const rows = c.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      before: shown(d.before),
      after: shown(d.after),
      change: changeText(d.change, c.kind, w),
      tone: toneOf(d.change),
      claim: d.change,
      ...(d.caution ? { caution: d.caution } : {}),
    }));
    return {
      questionnaireId: c.questionnaireId,
      title: c.title,
      scale: c.kind === "stages" ? m.scaleStages : m.scaleAgreement,
      versionNote:
        c.beforeVersion === c.afterVersion
          ? null
          : fill(m.versionNote, {
              before: names.before,
              from: c.beforeVersion,
              after: names.afterInSentence,
              to: c.afterVersion,
            }),
      overall: overallLines(c, w),
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
        description: fill(m.radarDescription, { before: names.before, after: names.after }),
        notes: Object.fromEntries(
          rows.map((r) => [
            r.id,
            [
              fill(m.noteSide, { side: names.before, value: r.before }),
              fill(m.noteSide, { side: names.after, value: r.after }),
              fill(m.noteChange, { change: r.change }),
            ],
          ]),
        ),
      },
      moved: c.moved,
      notComparable: c.notComparable,
      targets: c.targets && { intro: names.targets, items: c.targets },
    };
  });
}
