import { describe, expect, it } from "vitest";
import { loadArticles, loadTags } from "./library/load-articles";
import { loadCatalogue, loadCurrentQuestionnaires } from "./assessments/load-questionnaires";
import { blundersOf, journeyOf } from "../questionnaire/catalogue";
import { loadRecommendations } from "./assessments/load-recommendations";
import { loadSteps } from "./assessments/load-steps";
import { loadStageModel } from "./assessments/load-stage-model";
import { loadBibliography, loadCiters } from "./library/load-sources";
import { citedBy } from "../sources/citations";
import { byline, NO_DATE } from "../sources/schema";
import { loadAreaStages } from "./assessments/load-area-stages";
import { loadReportContent } from "./assessments/load-report-content";

// Loads everything in content/ through the same loaders the build uses.
describe("the real content", () => {
  const questionnaires = loadCurrentQuestionnaires();
  const journey = questionnaires.find((q) => q.id === "journey");

  it("has a journey of 6–8 areas with 3–5 questions each, 24–36 in all", () => {
    expect(journey?.kind).toBe("stages");
    if (!journey) return;
    expect(journey.dimensions.length).toBeGreaterThanOrEqual(6);
    expect(journey.dimensions.length).toBeLessThanOrEqual(8);
    expect(journey.questions.length).toBeGreaterThanOrEqual(24);
    expect(journey.questions.length).toBeLessThanOrEqual(36);
    for (const d of journey.dimensions) {
      const n = journey.questions.filter((q) => q.dimension === d.id).length;
      expect(n, d.id).toBeGreaterThanOrEqual(3);
      expect(n, d.id).toBeLessThanOrEqual(5);
    }
  });

  it("has a blunders check of five blunders with 3–4 statements each", () => {
    const blunders = questionnaires.find((q) => q.id === "blunders");
    expect(blunders?.kind).toBe("agreement");
    expect(blunders?.dimensions).toHaveLength(5);
    for (const d of blunders?.dimensions ?? []) {
      const n = blunders?.questions.filter((q) => q.dimension === d.id).length ?? 0;
      expect(n, d.id).toBeGreaterThanOrEqual(3);
      expect(n, d.id).toBeLessThanOrEqual(4);
    }
  });

  it("has a recommendation with a real article for every blunder and band", () => {
    const blunders = blundersOf(questionnaires)!;
    expect(loadRecommendations(blunders).items).toHaveLength(blunders.dimensions.length * 3);
  });

  it("has a plan step for every journey area and stage transition", () => {
    const journey = journeyOf(questionnaires)!;
    expect(loadSteps(journey).steps).toHaveLength(journey.dimensions.length * 5);
  });

  it("keeps every questionnaire version in the catalogue", () => {
    const catalogue = loadCatalogue();
    for (const q of questionnaires) expect(catalogue).toContainEqual(q);
  });

  it("has six stages", () => {
    expect(loadStageModel().stages.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("names the six stages of every journey area in its own words, no two areas alike", () => {
    const journey = journeyOf(questionnaires)!;
    const names = loadAreaStages(journey);
    expect(names.areas.map((a) => a.area).sort()).toEqual(journey.dimensions.map((d) => d.id).sort());
    const all = names.areas.flatMap((a) => a.stages.map((s) => s.name));
    expect(all).toHaveLength(journey.dimensions.length * 6);
    // No area borrows the overall stage names (Graham Hill's), which describe the whole organisation.
    const hill = new Set(loadStageModel().stages.map((s) => s.name));
    for (const a of names.areas) for (const s of a.stages) expect(hill.has(s.name), `${a.area} ${s.stage}`).toBe(false);
    expect(new Set(all).size).toBe(all.length);
  });

  it("loads every article with valid frontmatter and known tags", () => {
    const articles = loadArticles();
    expect(articles.length).toBeGreaterThanOrEqual(15);
    const tags = new Set(loadTags().map((t) => t.id));
    for (const a of articles) for (const t of a.frontmatter.tags) expect(tags.has(t), `${a.slug}: ${t}`).toBe(true);
  });
});

describe("the bibliography", () => {
  const bibliography = loadBibliography();

  it("names every source by an author or organisation, with a year or an explicit n.d.", () => {
    for (const s of bibliography.sources) {
      expect(byline(s), s.id).not.toBe("");
      expect(typeof s.year === "number" || s.year === NO_DATE, s.id).toBe(true);
    }
  });

  it("is cited in full: every article, recommendation and plan step resolves, and every source is used", () => {
    const citers = loadCiters();
    expect(citers.filter((c) => c.field === "sources").length).toBe(loadArticles().length);
    for (const { source, citers: by } of citedBy(bibliography, citers)) expect(by.length, source.id).toBeGreaterThan(0);
  });

  it("gives the report a credit for every work its plan steps and recommendations cite", () => {
    const content = loadReportContent();
    const cited = [
      ...content.steps.flatMap((set) => set.steps.flatMap((step) => step.sources ?? [])),
      ...content.recommendations.flatMap((set) => set.items.flatMap((item) => item.sources ?? [])),
    ];
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) {
      const source = bibliography.sources.find((s) => s.id === id);
      expect(content.sourceCredits[id], id).toBe(`${byline(source!)}, ${source?.title}`);
    }
  });
});
