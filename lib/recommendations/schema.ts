import { z } from "../zod";
import { IdSchema } from "../questionnaire/ids";
import { TextSchema } from "../questionnaire/text";

export const STAGE_BANDS = ["early", "developing", "advanced"] as const;
export const RISK_BANDS = ["high", "watch", "healthy"] as const;

/** A next step for one dimension in one band. */
export const RecommendationSchema = z.strictObject({
  /** The dimension (or blunder) id this applies to. */
  dimension: IdSchema,
  /** Journey: early (stages 1–2), developing (3–4), advanced (5–6). Blunders: high, watch, healthy. */
  band: z.enum([...STAGE_BANDS, ...RISK_BANDS]),
  /** A short imperative headline. */
  title: TextSchema,
  /** The concrete next step: who does what, and what it produces. */
  step: TextSchema,
  /** Why it matters, crediting the source of the idea. */
  why: TextSchema,
  /** Slugs of articles in content/articles that go deeper. */
  articles: z.array(IdSchema).min(1, "link at least one article").max(3),
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
