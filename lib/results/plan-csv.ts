import { RISK_BAND_LABELS } from "../scoring/agreement";
import { avoidanceFigure, stageOfSix } from "../report/figures";
import { toCsv, type CsvValue } from "./csv";
import type { PlanStep } from "./plan";

type ArticleRef = { title: string; url: string };

/**
 * The plan as CSV for a task tool (Trello, Jira, Planner, a spreadsheet): one row per step,
 * with the area, where it stands and where the step takes it (the stage's number, scale and
 * name in that area), the step itself, why it matters, the works it credits, and the articles
 * that go deeper, each with its address.
 */
export function planToCsv(
  plan: PlanStep[],
  article: (slug: string) => ArticleRef,
  credit: (source: string) => string,
): string {
  const rows: CsvValue[][] = [["area", "from", "to", "step", "why", "sources", "articles"]];
  for (const s of plan) {
    const [from, to] =
      s.kind === "journey"
        ? [`${stageOfSix(s.from, true)}: ${s.fromName}`, `${stageOfSix(s.to, true)}: ${s.toName}`]
        : [
            `${avoidanceFigure(s.score)} (${RISK_BAND_LABELS[s.band]})`,
            `${avoidanceFigure(s.healthy)} (${RISK_BAND_LABELS.healthy})`,
          ];
    const reading = s.articles.map((slug) => {
      const a = article(slug);
      return `${a.title} (${a.url})`;
    });
    rows.push([s.area, from, to, `${s.title}: ${s.step}`, s.why, s.sources.map(credit).join("; "), reading.join("; ")]);
  }
  return toCsv(rows);
}
