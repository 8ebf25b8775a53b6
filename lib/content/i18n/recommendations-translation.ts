import { z } from "../../zod";
import { RecommendationSchema, type Recommendation, type RecommendationSet } from "../../recommendations/schema";
import { textKind, TranslationSourceSchema } from "./read-translation";

/** A recommendation's key in a translation: "<blunder>:<band>", like "training:high". */
export const recommendationKey = (r: Pick<Recommendation, "dimension" | "band">) => `${r.dimension}:${r.band}`;

/** content/i18n/<lang>/recommendations/<questionnaire>.yaml: the blunders' advice in another language. */
export const RecommendationsTranslationSchema = z.strictObject({
  /** Names content/recommendations/<questionnaire>.yaml. */
  source: TranslationSourceSchema,
  /** By "<blunder>:<band>", every item of the English; its articles and sources come from the English. */
  items: z.record(
    z.string(),
    z.strictObject({
      /** A short imperative headline. */
      title: RecommendationSchema.shape.title,
      /** The concrete next step: who does what, and what it produces. */
      step: RecommendationSchema.shape.step,
      /** Why it matters, crediting by name whom the English credits. */
      why: RecommendationSchema.shape.why,
    }),
  ),
});

export type RecommendationsTranslation = z.infer<typeof RecommendationsTranslationSchema>;

export const RECOMMENDATIONS = textKind<RecommendationSet, RecommendationsTranslation>({
  schema: RecommendationsTranslationSchema,
  texts: (set) => ({
    items: Object.fromEntries(
      set.items.map((r) => [recommendationKey(r), { title: r.title, step: r.step, why: r.why }]),
    ),
  }),
  localize: (set, t) => ({ ...set, items: set.items.map((r) => ({ ...r, ...t.items[recommendationKey(r)] })) }),
});
