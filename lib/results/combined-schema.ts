import { z } from "../zod";
import { IdSchema } from "../questionnaire/ids";
import { TextSchema } from "../questionnaire/text";

/** content/combined.yaml: how each blunder relates to the journey areas it tends to hold back. */
export const CombinedSchema = z.strictObject({
  /** Shown at the top of the combined view. */
  intro: TextSchema,
  links: z
    .array(
      z.strictObject({
        /** A dimension id of the blunders questionnaire. */
        blunder: IdSchema,
        /** Dimension ids of the journey questionnaire that this blunder tends to hold back. */
        journey: z.array(IdSchema).min(1),
        /** Why, in a sentence or two. */
        why: TextSchema,
      }),
    )
    .min(1),
});

export type Combined = z.infer<typeof CombinedSchema>;
