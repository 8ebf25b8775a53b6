import { z } from "../../zod";
import { ImportancePromptSchema, type ImportancePrompt } from "../assessments/importance-prompt-schema";
import { textKind, TranslationSourceSchema } from "./read-translation";

/** content/i18n/<lang>/team/importance-prompt.yaml: what a facilitator asks when leaders disagree on what matters. */
export const ImportancePromptTranslationSchema = z.strictObject({
  /** Names team/importance-prompt.yaml. */
  source: TranslationSourceSchema,
  /** The question to put to the room. */
  prompt: ImportancePromptSchema.shape.prompt,
  /** Whose idea the prompt rests on: names and titles stay as the English gives them. */
  credit: ImportancePromptSchema.shape.credit,
});

export type ImportancePromptTranslation = z.infer<typeof ImportancePromptTranslationSchema>;

export const IMPORTANCE_PROMPT = textKind<ImportancePrompt, ImportancePromptTranslation>({
  schema: ImportancePromptTranslationSchema,
  texts: (p) => ({ prompt: p.prompt, credit: p.credit }),
  localize: (p, t) => ({ ...p, prompt: t.prompt, credit: t.credit }),
});
