import { z } from "../zod";
import { IdSchema } from "../questionnaire/ids";
import { TextSchema } from "../questionnaire/text";
import { CitationsSchema } from "../sources/schema";

export const RISK_BANDS = ["high", "watch", "healthy"] as const;

/** What to do about one blunder in one risk band (journey areas have plan steps instead). */
export const RecommendationSchema = z.strictObject({
  /** The blunder (dimension) id this applies to. */
  dimension: IdSchema,
  /** high (below 40), watch (40–69) or healthy (70 and above). */
  band: z.enum(RISK_BANDS),
  /** A short imperative headline. */
  title: TextSchema,
  /** The concrete next step: who does what, and what it produces. */
  step: TextSchema,
  /** Why it matters: names the author of each source it cites, or says the idea in our own words as ours. */
  why: TextSchema,
  /** Slugs of articles in content/articles that go deeper. */
  articles: z.array(IdSchema).min(1, "link at least one article").max(3),
  /** Ids in content/sources.yaml of the work the "why" credits; none when the idea is ours. */
  sources: CitationsSchema.optional(),
});

export const RecommendationSetSchema = z
  .strictObject({
    /** The questionnaire these recommendations belong to. */
    questionnaire: IdSchema,
    items: z.array(RecommendationSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.items.forEach((item, i) => {
      const key = `${item.dimension}/${item.band}`;
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["items", i], message: `duplicate recommendation for ${key}` });
      seen.add(key);
    });
  });

export type Recommendation = z.infer<typeof RecommendationSchema>;
export type RecommendationSet = z.infer<typeof RecommendationSetSchema>;
export type Band = Recommendation["band"];
