import { beforeEach, describe, expect, it } from "vitest";
import type { ReportContent } from "../../report/content";
import { loadReportContent, loadReportContentIn } from "./load-report-content";
import { loadTeamContentIn } from "./load-team-content";
import { loadArticlesIn } from "../library/load-articles";
import { englishContentCopy, writeCompleteLanguage } from "../../../test/marked-translations";

let root = "";
beforeEach(() => {
  root = englishContentCopy();
  writeCompleteLanguage(root, "de");
});

/** What decides which advice a result gets: every id, stage, band, article and source, no words. */
const advice = (c: Pick<ReportContent, "steps" | "recommendations">) => [
  c.steps.flatMap((set) => set.steps.map((s) => [s.dimension, s.from, s.to, s.articles, s.sources])),
  c.recommendations.flatMap((set) => set.items.map((r) => [r.dimension, r.band, r.articles, r.sources])),
];

describe("the report's and the team view's content in a language", () => {
  it("give the same advice as the English, in the language's words", () => {
    const [en, de] = [loadReportContent(root), loadReportContentIn("de", root)];
    expect(advice(de)).toEqual(advice(en));
    expect(de.steps[0]?.steps.every((s) => s.title.startsWith("«"))).toBe(true);
    expect(de.model.stages.map((s) => s.name)).toEqual(en.model.stages.map((s) => `«${s.name}»`));
    expect(de.current.map((q) => [q.id, q.questionCount, q.title])).toEqual(
      en.current.map((q) => [q.id, q.questionCount, `«${q.title}»`]),
    );
    expect(de.sourceCredits).toEqual(en.sourceCredits);
    expect(Object.keys(de.articleTitles)).toEqual(Object.keys(en.articleTitles));
  });

  it("name an article the language has translated by its translated title, any other by its English one", () => {
    const [en, de] = [loadReportContent(root), loadReportContentIn("de", root)];
    const translated = new Set(loadArticlesIn("de", root).flatMap((a) => (a.translated ? [a.slug] : [])));
    const expected = Object.fromEntries(
      Object.entries(en.articleTitles).map(([slug, title]) => [slug, translated.has(slug) ? `«${title}»` : title]),
    );
    expect(de.articleTitles).toEqual(expected);
    expect(Object.keys(expected).some((slug) => translated.has(slug))).toBe(true);
  });

  it("give the team view the same advice and the language's stage names and prompts, the importance prompt too", () => {
    const [report, team] = [loadReportContentIn("de", root), loadTeamContentIn("de", root)];
    expect(advice(team.advice)).toEqual(advice(report));
    expect(team.stageNames).toEqual(report.model.stages.map((s) => s.name));
    expect(team.prompts.every((p) => p.prompt.startsWith("«"))).toBe(true);
    expect(team.importancePrompt?.prompt).toMatch(/^«.*»$/s);
    expect(team.importancePrompt?.credit).toMatch(/^«.*»$/s);
  });
});
