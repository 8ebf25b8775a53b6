import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { ArticleFrontmatterSchema } from "../articles/schema";
import { QuestionnaireSchema } from "../questionnaire/schema";
import { RecommendationSetSchema } from "../recommendations/schema";
import { SiteSchema } from "../site/schema";
import { BibliographySchema } from "../sources/schema";
import { SynonymsSchema } from "../articles/search-schema";
import { ContentError, parseWithFriendlyErrors } from "./parse";

// The text an author reads when the build stops on their file, pinned as Starlight pins its
// own: any change to these words shows up here for review.
function message(schema: Parameters<typeof parseWithFriendlyErrors>[0], data: unknown, file: string): string {
  try {
    parseWithFriendlyErrors(schema, data, file);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error("expected the content to be refused");
}

const journey = (change: (q: Record<string, unknown> & ReturnType<typeof stagesFixture>) => void) => {
  const q = stagesFixture();
  change(q);
  return message(QuestionnaireSchema, q, "content/questionnaires/journey.yaml");
};

const article = {
  title: "The six stages",
  summary: "From product-centric to customer-centric.",
  published: "2026-10-14",
  tags: ["six-stages"],
  sources: ["seybold-segment-advocate"],
  areas: ["journey:structure"],
};
const articleMessage = (data: unknown) => message(ArticleFrontmatterSchema, data, "content/articles/six-stages.mdx");

describe("what a content author reads", () => {
  it("a missing option label", () => {
    expect(
      journey((q) => {
        const { label: _label, ...rest } = q.questions[3]!.options[2]!;
        q.questions[3]!.options[2] = { ...rest, label: undefined! };
      }),
    ).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/questionnaires/journey.yaml: questions[3].options[2].label: this text is required"
    `);
  });

  it("a stage written as a word", () => {
    expect(
      journey((q) => {
        Object.assign(q.questions[0]!.options[1]!, { stage: "two" });
      }),
    ).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/questionnaires/journey.yaml: questions[0].options[1].stage: must be a number, found "two""
    `);
  });

  it("options that are not a list", () => {
    expect(journey((q) => Object.assign(q.questions[1]!, { options: "stage 1, stage 6" }))).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/questionnaires/journey.yaml: questions[1].options: must be a list (each item on a line starting with "- "), found "stage 1, stage 6""
    `);
  });

  it("a misspelt field", () => {
    expect(journey((q) => Object.assign(q.questions[2]!, { hepl: "What to count." }))).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/questionnaires/journey.yaml: questions[2]: unknown field "hepl": check the spelling, or remove it"
    `);
  });

  it("an unknown kind of questionnaire", () => {
    expect(journey((q) => Object.assign(q, { kind: "stage" }))).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/questionnaires/journey.yaml: kind: must be "stages" (answers are options anchored to the six stages) or "agreement" (statements on a five-point scale)"
    `);
  });

  it("an empty question and too few options, listed together", () => {
    expect(
      journey((q) => {
        q.questions[0]!.text = "   ";
        q.questions[1]!.options = q.questions[1]!.options.slice(0, 2);
      }),
    ).toMatchInlineSnapshot(`
      "Content to fix (3 problems):
        content/questionnaires/journey.yaml: questions[0].text: must not be empty
        content/questionnaires/journey.yaml: questions[1].options: needs at least 4 options
        content/questionnaires/journey.yaml: questions[1].options: no option evidences stage 6"
    `);
  });

  it("a blunders statement with an unknown keying", () => {
    const q = agreementFixture();
    Object.assign(q.questions[0]!, { keying: "yes" });
    expect(message(QuestionnaireSchema, q, "content/questionnaires/blunders.yaml")).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/questionnaires/blunders.yaml: questions[0].keying: must be one of "blunder", "alternative"; found "yes""
    `);
  });

  it("an article that still writes its sources out instead of citing them by id", () => {
    const sources = [{ author: "Graham Hill", title: "Six stages", publisher: "Patty Seybold's blog", year: 2008 }];
    expect(articleMessage({ ...article, sources })).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/articles/six-stages.mdx: sources[0]: must be text, found a section of fields"
    `);
  });

  it("an article citing no source", () => {
    expect(articleMessage({ ...article, sources: [] })).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/articles/six-stages.mdx: sources: cite at least one source by its id in content/sources.yaml"
    `);
  });

  const source = {
    id: "seybold-segment-advocate",
    author: "Patty Seybold",
    title: "A Second Look at the Customer Segment Advocate Role",
    kind: "blog-post",
    publication: "Outside Innovation, Patty Seybold's blog",
    year: 2008,
  };
  const bibliographyMessage = (sources: unknown[]) => message(BibliographySchema, { sources }, "content/sources.yaml");

  it("a source with its year in quotes, an address without its scheme and a bad ISBN", () => {
    expect(
      bibliographyMessage([{ ...source, year: "2008", url: "outsideinnovation.blogs.com", isbn: "978-0-306-40615-6" }]),
    ).toMatchInlineSnapshot(`
      "Content to fix (3 problems):
        content/sources.yaml: sources[0].year: give the year as a number, like 2007, or "n.d." when no page we found dates the work
        content/sources.yaml: sources[0].url: must be a full http(s) address
        content/sources.yaml: sources[0].isbn: is not a valid ISBN-10 or ISBN-13 (check the digits)"
    `);
  });

  it("a source with neither an author nor an organisation", () => {
    const { author: _author, ...anonymous } = source;
    expect(bibliographyMessage([anonymous])).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/sources.yaml: sources[0].author: name an author or an organisation"
    `);
  });

  it("a post that does not say where it appeared, and a second source with the same id", () => {
    const { publication: _publication, ...nowhere } = source;
    expect(bibliographyMessage([source, nowhere])).toMatchInlineSnapshot(`
      "Content to fix (2 problems):
        content/sources.yaml: sources[1].publication: say where it appeared (the site, blog, magazine or newsletter)
        content/sources.yaml: sources[1].id: a second source with id "seybold-segment-advocate""
    `);
  });

  it("a synonym list with a phrase as the word, a word listed twice and a word as its own synonym", () => {
    const synonyms = [
      { word: "Net Promoter", also: ["nps"] },
      { word: "churn", also: ["retention"] },
      { word: "churn", also: ["churn", "loyalty"] },
    ];
    expect(message(SynonymsSchema, { synonyms }, "content/search-synonyms.yaml")).toMatchInlineSnapshot(`
      "Content to fix (3 problems):
        content/search-synonyms.yaml: synonyms[0].word: must be one lower-case word, like churn
        content/search-synonyms.yaml: synonyms[2].word: "churn" is listed twice
        content/search-synonyms.yaml: synonyms[2].also: lists "churn" as its own synonym"
    `);
  });

  it("a source in the old article shape", () => {
    expect(
      bibliographyMessage([
        { author: "Graham Hill", title: "Six stages", publisher: "Patty Seybold's blog", year: 2008 },
      ]),
    ).toMatchInlineSnapshot(`
      "Content to fix (3 problems):
        content/sources.yaml: sources[0].id: this text is required
        content/sources.yaml: sources[0].kind: must be one of "book", "article", "blog-post", "newsletter", "talk"; found nothing
        content/sources.yaml: sources[0]: unknown field "publisher": check the spelling, or remove it"
    `);
  });

  it("an article with a long summary, no tags and a date without quotes", () => {
    expect(articleMessage({ ...article, summary: "x".repeat(300), tags: [], published: 20261014 }))
      .toMatchInlineSnapshot(`
      "Content to fix (3 problems):
        content/articles/six-stages.mdx: summary: keep the summary under 240 characters
        content/articles/six-stages.mdx: published: must be a date in quotes, like "2026-10-14"
        content/articles/six-stages.mdx: tags: needs at least 1 item"
    `);
  });

  it("a brand whose colours are not colours and without editors", () => {
    const site = { name: "Acme", description: "Assessments.", accent: "blue", accentDark: "#8cbcf0", footer: "Acme." };
    expect(message(SiteSchema, site, "content/site.yaml")).toMatchInlineSnapshot(`
      "Content to fix (2 problems):
        content/site.yaml: editors: this text is required
        content/site.yaml: accent: must be a colour like "#1f5c99""
    `);
  });

  it("a recommendation with an unknown band", () => {
    const set = {
      questionnaire: "journey",
      items: [{ dimension: "leadership", band: "expert", title: "T", step: "S", why: "W", articles: ["a"] }],
    };
    expect(message(RecommendationSetSchema, set, "content/recommendations/journey.yaml")).toMatchInlineSnapshot(`
      "Content to fix (1 problem):
        content/recommendations/journey.yaml: items[0].band: must be one of "high", "watch", "healthy"; found "expert""
    `);
  });
});
