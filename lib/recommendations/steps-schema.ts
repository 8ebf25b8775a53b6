import { z } from "../zod";
import { IdSchema } from "../questionnaire/ids";
import { TextSchema } from "../questionnaire/text";
import { CitationsSchema } from "../sources/schema";

const Stage = z.int("must be a stage number").min(1, "stages run from 1 to 6").max(6, "stages run from 1 to 6");

/** How many characters a step's title may hold: the headline of a step in the plan. */
export const STEP_TITLE_MAX = 80;

/** The step that moves one journey area from one stage to the next. */
export const TransitionStepSchema = z
  .strictObject({
    /** The journey area (dimension id). */
    dimension: IdSchema,
    /** The stage the area is at… */
    from: Stage,
    /** …and the stage this step reaches: always the next one. */
    to: Stage,
    /** A short imperative headline: the task's name in a plan. */
    title: TextSchema.max(STEP_TITLE_MAX, `keep the title under ${STEP_TITLE_MAX} characters`),
    /** Who does what, how often, and what it produces. */
    step: TextSchema,
    /** Why it matters: names the author of each source it cites, or says the idea in our own words as ours. */
    why: TextSchema,
    /** Slugs of articles in content/articles that go deeper. */
    articles: z.array(IdSchema).min(1, "link at least one article").max(3),
    /** Ids in content/sources.yaml of the work the "why" credits; none when the idea is ours. */
    sources: CitationsSchema.optional(),
  })
  .refine((s) => s.to === s.from + 1, { message: "a step moves one stage: to must be from + 1", path: ["to"] });

/** content/recommendations/<questionnaire>-steps.yaml: a step per area and stage transition. */
export const TransitionStepSetSchema = z.strictObject({
  /** The stages questionnaire these steps belong to. */
  questionnaire: IdSchema,
  steps: z.array(TransitionStepSchema).min(1),
});

export type TransitionStep = z.infer<typeof TransitionStepSchema>;
export type TransitionStepSet = z.infer<typeof TransitionStepSetSchema>;
