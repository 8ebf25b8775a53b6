import { z } from "../../zod";
import { CombinedSchema, type Combined } from "../../results/combined-schema";
import { textKind, TranslationSourceSchema } from "./read-translation";

const Link = CombinedSchema.shape.links.element;

/** content/i18n/<lang>/combined.yaml: how each blunder relates to the journey, in another language. */
export const CombinedTranslationSchema = z.strictObject({
  /** Names content/combined.yaml. */
  source: TranslationSourceSchema,
  /** Shown at the top of the combined view. */
  intro: CombinedSchema.shape.intro,
  /** By blunder id, every link of the English; the journey areas each names come from the English. */
  links: z.record(
    z.string(),
    z.strictObject({
      /** Why the blunder holds those areas back, in a sentence or two. */
      why: Link.shape.why,
    }),
  ),
});

export type CombinedTranslation = z.infer<typeof CombinedTranslationSchema>;

export const COMBINED = textKind<Combined, CombinedTranslation>({
  schema: CombinedTranslationSchema,
  texts: (combined) => ({
    intro: combined.intro,
    links: Object.fromEntries(combined.links.map((l) => [l.blunder, { why: l.why }])),
  }),
  localize: (combined, t) => ({
    ...combined,
    intro: t.intro,
    links: combined.links.map((l) => ({ ...l, ...t.links[l.blunder] })),
  }),
});
