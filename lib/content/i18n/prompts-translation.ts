import { z } from "../../zod";
import { DiscussionPromptSchema, type DiscussionPrompt } from "../assessments/prompts-schema";
import { textKind, TranslationSourceSchema } from "./read-translation";

/** A prompt's key in a translation: "<questionnaire>:<area>", like "journey:leadership". */
export const promptKey = (p: Pick<DiscussionPrompt, "questionnaire" | "area">) => `${p.questionnaire}:${p.area}`;

/** content/i18n/<lang>/team/prompts.yaml: the workshop's discussion prompts in another language. */
export const PromptsTranslationSchema = z.strictObject({
  /** Names team/prompts.yaml. */
  source: TranslationSourceSchema,
  /** By "<questionnaire>:<area>", every prompt of the English. */
  prompts: z.record(
    z.string(),
    z.strictObject({
      /** The question to put to the room. */
      prompt: DiscussionPromptSchema.shape.prompt,
      /** Whose idea the prompt rests on: names and titles stay as the English gives them. */
      credit: DiscussionPromptSchema.shape.credit,
    }),
  ),
});

export type PromptsTranslation = z.infer<typeof PromptsTranslationSchema>;

export const PROMPTS = textKind<DiscussionPrompt[], PromptsTranslation>({
  schema: PromptsTranslationSchema,
  texts: (prompts) => ({
    prompts: Object.fromEntries(prompts.map((p) => [promptKey(p), { prompt: p.prompt, credit: p.credit }])),
  }),
  localize: (prompts, t) => prompts.map((p) => ({ ...p, ...t.prompts[promptKey(p)] })),
});
