import { fill } from "../i18n/format";
import { avoidanceFigure, stageOfSix } from "../report/figures";
import type { Words } from "../report/words";
import { toCsv, type CsvValue } from "./csv";
import { csvFormatFor } from "./csv-format";
import type { PlanStep } from "./plan";

type ArticleRef = { title: string; url: string };

/**
 * The plan as CSV for a task tool (Trello, Jira, Planner, a spreadsheet): one row per step,
 * with the area, where it stands and where the step takes it (the stage's number, scale and
 * name in that area), the step itself, why it matters, the works it credits, and the articles
 * that go deeper, each with its address. In the page's language, as its spreadsheets read a CSV.
 */
export function planToCsv(
  plan: PlanStep[],
  article: (slug: string) => ArticleRef,
  credit: (source: string) => string,
  w: Words,
): string {
  const m = w.messages.results;
  const rows: CsvValue[][] = [[...m.plan.csvHeader]];
  const named = (stage: number, name: string) => fill(m.journey.overall, { stage: stageOfSix(stage, w, true), name });
  for (const s of plan) {
    const [from, to] =
      s.kind === "journey"
        ? [named(s.from, s.fromName), named(s.to, s.toName)]
        : [
            `${avoidanceFigure(s.score, w)} (${m.bands[s.band]})`,
            `${avoidanceFigure(s.healthy, w)} (${m.bands.healthy})`,
          ];
    const reading = s.articles.map((slug) => {
      const a = article(slug);
      return `${a.title} (${a.url})`;
    });
    rows.push([s.area, from, to, `${s.title}: ${s.step}`, s.why, s.sources.map(credit).join("; "), reading.join("; ")]);
  }
  return toCsv(rows, csvFormatFor(w.locale));
}
