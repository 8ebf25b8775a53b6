import { z } from "../zod";
import { IdSchema } from "../questionnaire/ids";
import { TextSchema } from "../questionnaire/text";

/**
 * How many characters an area stage's texts may hold: the room the layout keeps for them
 * (a name sits in a target's menu; a summary is one line on the stage). Translations keep the same room
 * unless lib/content/i18n/length-limits.ts gives their language more.
 */
export const AREA_STAGE_LIMITS = { name: 32, summary: 140 };

/** One stage as it looks inside one journey area, in our own words. */
export const AreaStageSchema = z.strictObject({
  stage: z.int("must be a stage number").min(1, "stages run from 1 to 6").max(6, "stages run from 1 to 6"),
  /** A short name for targets, the plan and the table, e.g. "Executive sponsor". */
  name: TextSchema.max(
    AREA_STAGE_LIMITS.name,
    `keep the name under ${AREA_STAGE_LIMITS.name} characters: it sits in a target's menu`,
  ),
  /** One line on what the stage looks like in this area. */
  summary: TextSchema.max(
    AREA_STAGE_LIMITS.summary,
    `keep the summary to one line, under ${AREA_STAGE_LIMITS.summary} characters`,
  ),
});

/** content/area-stages.yaml: the six stages of every journey area, named for that area. */
export const AreaStagesSchema = z.strictObject({
  /** The stages questionnaire these names belong to. */
  questionnaire: IdSchema,
  /** Whose model the names rest on, shown beside the grid. */
  credit: TextSchema,
  areas: z
    .array(
      z
        .strictObject({
          /** A journey area (dimension id). */
          area: IdSchema,
          stages: z.array(AreaStageSchema).length(6, "every area has exactly 6 stages"),
        })
        .superRefine((area, ctx) => {
          area.stages.forEach((s, i) => {
            if (s.stage !== i + 1)
              ctx.addIssue({ code: "custom", path: ["stages", i, "stage"], message: `expected stage ${i + 1} here` });
          });
        }),
    )
    .min(1),
});

export type AreaStage = z.infer<typeof AreaStageSchema>;
export type AreaStages = z.infer<typeof AreaStagesSchema>;
