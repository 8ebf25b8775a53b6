import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { blundersOf, journeyOf } from "../questionnaire/catalogue";
import { loadArticles } from "./library/load-articles";
import { loadCatalogue, loadCurrentQuestionnaires } from "./assessments/load-questionnaires";
import { loadRecommendations } from "./assessments/load-recommendations";
import { loadSteps } from "./assessments/load-steps";
import { loadBibliography } from "./library/load-sources";
import { loadAreaStages } from "./assessments/load-area-stages";

// Each test copies the real content to a temporary folder, breaks one thing, and checks the
// message the build would print: the file, the field and the reason.
let root = "";
function copyContent(): string {
  root = mkdtempSync(join(tmpdir(), "outside-in-content-"));
  cpSync(join(process.cwd(), "content"), root, { recursive: true });
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

function replaceIn(file: string, from: string | RegExp, to: string) {
  writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
}

describe("broken content fails with the file and field", () => {
  it("an article citing a source the bibliography lacks", () => {
    const dir = copyContent();
    replaceIn(
      join(dir, "articles", "internal-customers.mdx"),
      "sources: [wcr-internal-customers,",
      "sources: [rosenberger-1998,",
    );
    expect(() => loadBibliography(dir)).toThrow(
      /articles\/internal-customers\.mdx: sources\[0\]: no source "rosenberger-1998" in .*sources\.yaml; add it there or fix the id/,
    );
  });

  it("a source that nothing cites", () => {
    const dir = copyContent();
    replaceIn(
      join(dir, "articles", "three-practices-for-better-service.mdx"),
      "sources: [wcr-bw-champs, businessweek-champs-2008]",
      "sources: [wcr-bw-champs]",
    );
    expect(() => loadBibliography(dir)).toThrow(
      /sources\.yaml: sources\[\d+\] \(businessweek-champs-2008\): no article, recommendation or plan step cites it/,
    );
  });

  it("a recommendation that names an author without citing them", () => {
    const dir = copyContent();
    replaceIn(join(dir, "recommendations", "blunders.yaml"), /    sources: \[fraterman-experience-tough\]\n/, "");
    expect(() => loadBibliography(dir)).toThrow(
      /blunders\.yaml: items\[13\]\.why: names Fraterman but cites none of their work; add it to items\[13\]\.sources/,
    );
  });

  it("a plan step missing for one transition", () => {
    const dir = copyContent();
    const file = join(dir, "recommendations", "journey-steps.yaml");
    const set = parse(readFileSync(file, "utf8"));
    set.steps = set.steps.filter(
      (s: { dimension: string; from: number }) => !(s.dimension === "people" && s.from === 3),
    );
    writeFileSync(file, stringify(set));
    expect(() => loadSteps(journeyOf(loadCurrentQuestionnaires(dir))!, dir)).toThrow(
      "recommendations/journey-steps.yaml: steps: no step for people from stage 3 to 4",
    );
  });

  it("an area without its own stage names, and a stage missing from another", () => {
    const dir = copyContent();
    const file = join(dir, "area-stages.yaml");
    const names = parse(readFileSync(file, "utf8"));
    names.areas = names.areas.filter((a: { area: string }) => a.area !== "people");
    names.areas[0].stages.pop();
    writeFileSync(file, stringify(names));
    const journey = journeyOf(loadCurrentQuestionnaires(dir))!;
    expect(() => loadAreaStages(journey, dir)).toThrow(
      "area-stages.yaml: areas[0].stages: every area has exactly 6 stages",
    );
    names.areas[0].stages.push({ stage: 6, name: "Customer-led agenda", summary: "Back in place." });
    writeFileSync(file, stringify(names));
    expect(() => loadAreaStages(journey, dir)).toThrow(
      'area-stages.yaml: areas: no stage names for "people" (People and culture); add an entry with area: people and its 6 stages',
    );
  });

  it("YAML syntax", () => {
    const dir = copyContent();
    writeFileSync(join(dir, "questionnaires", "journey.yaml"), "id: journey\nversion: [1\n");
    expect(() => loadCatalogue(dir)).toThrow(/journey\.yaml[\s\S]*YAML syntax/);
  });

  it("an option stage outside 1–6", () => {
    const dir = copyContent();
    replaceIn(join(dir, "questionnaires", "journey.yaml"), /stage: 6/, "stage: 9");
    expect(() => loadCatalogue(dir)).toThrow(
      /journey\.yaml[\s\S]*questions\[0\]\.options\[\d\]\.stage: stage must be between 1 and 6/,
    );
  });

  it("a question in an unknown dimension", () => {
    const dir = copyContent();
    replaceIn(join(dir, "questionnaires", "blunders.yaml"), /dimension: training/, "dimension: trainin");
    expect(() => loadCatalogue(dir)).toThrow(
      /blunders\.yaml[\s\S]*questions\[0\]\.dimension: unknown dimension "trainin"/,
    );
  });

  it("a recommendation pointing at a missing article", () => {
    const dir = copyContent();
    rmSync(join(dir, "articles", "service-is-not-a-training-issue.mdx"));
    const blunders = blundersOf(loadCurrentQuestionnaires(dir))!;
    expect(() => loadRecommendations(blunders, dir)).toThrow(
      /recommendations\/blunders\.yaml[\s\S]*items\[\d+\]\.articles\[\d\]: no article "service-is-not-a-training-issue"/,
    );
  });

  it("a recommendation missing for a band", () => {
    const dir = copyContent();
    const file = join(dir, "recommendations", "blunders.yaml");
    const set = parse(readFileSync(file, "utf8"));
    const gone = set.items.findIndex((item: { band: string }) => item.band === "watch");
    const [removed] = set.items.splice(gone, 1);
    writeFileSync(file, stringify(set));
    const blunders = blundersOf(loadCurrentQuestionnaires(dir))!;
    expect(() => loadRecommendations(blunders, dir)).toThrow(
      `recommendations/blunders.yaml: items: no recommendation for ${removed.dimension} / watch`,
    );
  });

  it("two recommendations for one area and band", () => {
    const dir = copyContent();
    replaceIn(join(dir, "recommendations", "blunders.yaml"), /band: healthy/, "band: watch");
    const blunders = blundersOf(loadCurrentQuestionnaires(dir))!;
    expect(() => loadRecommendations(blunders, dir)).toThrow(
      /items\[\d+\]: duplicate recommendation for training\/watch/,
    );
  });

  it("an article with a bad date", () => {
    const dir = copyContent();
    replaceIn(join(dir, "articles", "internal-customers.mdx"), /published: "[^"]+"/, 'published: "2026-13-45"');
    expect(() => loadArticles(dir)).toThrow(
      /internal-customers\.mdx[\s\S]*published: (must be a date|is not a real calendar date)/,
    );
  });

  it("an article with an unknown tag", () => {
    const dir = copyContent();
    replaceIn(join(dir, "articles", "internal-customers.mdx"), /tags: \[/, "tags: [astrology, ");
    expect(() => loadArticles(dir)).toThrow(/internal-customers\.mdx[\s\S]*tags\[0\]: unknown tag "astrology"/);
  });

  it("an article missing its title", () => {
    const dir = copyContent();
    replaceIn(join(dir, "articles", "internal-customers.mdx"), /^title: .*$/m, "");
    expect(() => loadArticles(dir)).toThrow(/articles\/internal-customers\.mdx: title: this text is required$/m);
  });
});
