import { z } from "../../zod";
import { StageDefinitionSchema, StageModelSchema, type StageModel } from "../../questionnaire/stage-model";
import { textKind, TranslationSourceSchema } from "./read-translation";

/** A stage's key in a translation: its number, quoted ("1" … "6"). */
export const stageKey = (s: { stage: number }) => String(s.stage);

/** content/i18n/<lang>/stages.yaml: Graham Hill's six stages in another language, by stage number. */
export const StageModelTranslationSchema = z.strictObject({
  /** Names content/stages.yaml. */
  source: TranslationSourceSchema,
  /** Whose model this is, credited as the English credits it. */
  credit: StageModelSchema.shape.credit,
  /** By stage number, quoted ("1" … "6"): all six stages. */
  stages: z.record(
    z.string(),
    z.strictObject({
      /** The stage's name, a fixed term of the language's glossary. */
      name: StageDefinitionSchema.shape.name,
      /** One or two sentences on what the stage looks like. */
      summary: StageDefinitionSchema.shape.summary,
    }),
  ),
});

export type StageModelTranslation = z.infer<typeof StageModelTranslationSchema>;

export const STAGE_MODEL = textKind<StageModel, StageModelTranslation>({
  schema: StageModelTranslationSchema,
  texts: (model) => ({
    credit: model.credit,
    stages: Object.fromEntries(model.stages.map((s) => [stageKey(s), { name: s.name, summary: s.summary }])),
  }),
  localize: (model, t) => ({
    ...model,
    credit: t.credit,
    stages: model.stages.map((s) => ({ ...s, ...t.stages[stageKey(s)] })),
  }),
});
