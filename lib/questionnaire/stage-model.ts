import { z } from "../zod";
import { TextSchema } from "./text";

/** One of Graham Hill's six stages, in our own words. */
export const StageDefinitionSchema = z.strictObject({
  stage: z.number().int().min(1).max(6),
  /** Short name, e.g. "Cross-functional teams". */
  name: TextSchema,
  /** One or two sentences on what the stage looks like. */
  summary: TextSchema,
});

export const StageModelSchema = z
  .strictObject({
    /** Whose model this is, shown wherever the stages are. */
    credit: TextSchema,
    stages: z.array(StageDefinitionSchema).length(6, "the model has exactly 6 stages"),
  })
  .superRefine((model, ctx) => {
    model.stages.forEach((s, i) => {
      if (s.stage !== i + 1)
        ctx.addIssue({ code: "custom", path: ["stages", i, "stage"], message: `expected stage ${i + 1} here` });
    });
  });

export type StageDefinition = z.infer<typeof StageDefinitionSchema>;
export type StageModel = z.infer<typeof StageModelSchema>;
