import { z } from "../../zod";
import { TextSchema } from "../../questionnaire/text";

/**
 * content/team/importance-prompt.yaml: what a facilitator asks the room when leaders disagree on
 * how much an area matters (one leader marks it critical to the strategy, another less important
 * now). One prompt for every area: the question is about the strategy, not about the area's stage.
 */
export const ImportancePromptSchema = z.strictObject({
  /** The question to put to the room, in our own words. */
  prompt: TextSchema,
  /** Whose idea the prompt rests on. */
  credit: TextSchema,
});

export type ImportancePrompt = z.infer<typeof ImportancePromptSchema>;
