import { fill, formatDateIn } from "../i18n/format";
import type { TeamText } from "../team/text";
import { gridParts, type GridColumn, type GridRow } from "../team/grid";
import type { ActionLine } from "./action-choices";
import type { DisputedQuestion, OverallLine, RecommendationItem, TeamReportModel } from "./team-report";
import { evidencePicture, type EvidencePicture } from "./evidence";
import { countIn, type Sentence } from "./sentence";
import type { ImportancePrompt } from "../content/assessments/importance-prompt-schema";
import type { SpreadChart } from "./spread-chart";

/**
 * Present mode's slides, one idea each, sized so that each fits a 1366×768 screen without
 * scrolling (checked by e2e/team-workshop.spec.ts at that size and at 1920×1080): a list that
 * would not fit continues on the next slide, with "(2 of 3)" in its title.
 */
export type Slide = { key: string; title: string } & (
  | { kind: "title"; team?: string; subtitle: string; overall: OverallLine[] }
  | { kind: "finding"; sentence: Sentence; picture: EvidencePicture | null; prompt?: ImportancePrompt }
  | { kind: "spread"; chart: SpreadChart }
  | { kind: "grid"; questionnaireId: string; columns: GridColumn[]; rows: GridRow[] }
  | { kind: "question"; item: DisputedQuestion }
  | { kind: "recommendation"; item: RecommendationItem }
  | { kind: "actions"; items: ActionLine[] }
  | { kind: "note"; text: string }
);

/** Leaders on one grid slide: ten rows and the header fit a laptop's screen in large type. */
export const GRID_ROWS_PER_SLIDE = 10;
/** Past this many leaders the grid is a report, not a slide: the spread chart shows them all. */
export const MAX_GRID_SLIDE_LEADERS = 40;
/** Actions on one slide. */
export const ACTIONS_PER_SLIDE = 5;

/** Items split into slides of at most `size`, titled "(n of m)" when there is more than one. */
function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type SlideOptions = { team?: string; today: string; actions: readonly ActionLine[] };

export function buildSlides(report: TeamReportModel, { team, today, actions }: SlideOptions, text: TeamText): Slide[] {
  const w = text.workshop;
  const part = (title: string, i: number, n: number) => (n > 1 ? fill(w.slidePart, { title, n: i + 1, of: n }) : title);
  const leaders = report.names.length;
  const slides: Slide[] = [
    {
      key: "title",
      kind: "title",
      title: w.slideTitle,
      ...(team && { team }),
      subtitle: fill(w.slideSubtitle, {
        leaders: countIn(text, leaders, text.team.leaders),
        date: formatDateIn(text.locale, today),
      }),
      overall: report.overall,
    },
  ];
  // One finding a slide: the claim in large type, its evidence as a picture under it.
  for (const f of report.findings) {
    const chart = report.spreads.find((s) => s.questionnaireId === f.questionnaireId)?.chart;
    f.summary.forEach(({ claim, sentence }, i, all) =>
      slides.push({
        key: `finding-${f.questionnaireId}-${i}`,
        kind: "finding",
        title: part(fill(w.slideFindings, { title: f.title }), i, all.length),
        sentence,
        picture: chart ? evidencePicture(claim, chart, text) : null,
        // Where leaders disagree on what matters, the slide asks the room to settle it.
        ...(claim.rule === "importance-split" && report.importance?.prompt && { prompt: report.importance.prompt }),
      }),
    );
  }
  for (const s of report.spreads) {
    slides.push({
      key: `spread-${s.questionnaireId}`,
      kind: "spread",
      title: fill(w.slideSpread, { title: s.title }),
      chart: s.chart,
    });
  }
  if (leaders > MAX_GRID_SLIDE_LEADERS) {
    slides.push({
      key: "grid",
      kind: "note",
      title: w.slideGrid,
      text: countIn(text, leaders, w.slideTooMany),
    });
  } else {
    const rows = [...report.grid.rows].sort((a, b) => a.leader - b.leader);
    const parts = gridParts(report.grid.columns, rows);
    for (const s of report.spreads) {
      const own = parts.find((p) => p.questionnaireId === s.questionnaireId);
      if (!own) continue;
      const all = pages(own.rows, GRID_ROWS_PER_SLIDE);
      all.forEach((page, i) =>
        slides.push({
          key: `grid-${s.questionnaireId}-${i}`,
          kind: "grid",
          title: part(fill(w.slideGridOf, { title: s.title }), i, all.length),
          questionnaireId: s.questionnaireId,
          columns: own.columns,
          rows: page,
        }),
      );
    }
  }
  const questions = report.questions ?? [];
  questions.forEach((item, i) =>
    slides.push({
      key: `question-${item.question.questionnaireId}-${item.question.id}`,
      kind: "question",
      title: part(w.slideDisputed, i, questions.length),
      item,
    }),
  );
  report.recommendations.forEach((item, i, all) =>
    slides.push({
      key: `recommendation-${item.questionnaireId}-${item.area}`,
      kind: "recommendation",
      title: part(w.slideRecommendations, i, all.length),
      item,
    }),
  );
  const agreed = pages(actions, ACTIONS_PER_SLIDE);
  agreed.forEach((items, i) =>
    slides.push({ key: `actions-${i}`, kind: "actions", title: part(w.slideActions, i, agreed.length), items }),
  );
  return slides;
}
