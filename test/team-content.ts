import type { RecommendationSet } from "../lib/recommendations/schema";
import type { TransitionStepSet } from "../lib/recommendations/steps-schema";
import type { TeamContent } from "../lib/team/content";

const text = (title: string) => ({ title, step: `Do ${title}.`, why: "Because.", articles: ["walk-the-talk"] });

/** Team content for the fixture questionnaires (test/team-links.ts): a prompt and advice for every area. */
export function teamContentFixture(): TeamContent {
  const steps: TransitionStepSet = {
    questionnaire: "mini",
    steps: ["a", "b", "c"].flatMap((dimension) =>
      [1, 2, 3, 4, 5].map((from) => ({ dimension, from, to: from + 1, ...text(`${dimension} ${from}→${from + 1}`) })),
    ),
  };
  const recommendations: RecommendationSet = {
    questionnaire: "mini-blunders",
    items: ["x", "y"].flatMap((dimension) =>
      (["high", "watch", "healthy"] as const).map((band) => ({ dimension, band, ...text(`${dimension} ${band}`) })),
    ),
  };
  return {
    stageNames: [
      "Product-centric",
      "Internal networks",
      "Cross-functional teams",
      "Segment coordinator",
      "Matrix",
      "Segment managers",
    ],
    prompts: [
      ...["a", "b", "c"].map((area) => ({
        questionnaire: "mini",
        area,
        prompt: `Talk about ${area}.`,
        credit: "A. Author",
      })),
      ...["x", "y"].map((area) => ({
        questionnaire: "mini-blunders",
        area,
        prompt: `Talk about ${area}.`,
        credit: "B. Author",
      })),
    ],
    advice: { steps: [steps], recommendations: [recommendations] },
    articleTitles: { "walk-the-talk": "Walk the talk" },
    englishArticles: [],
  };
}
