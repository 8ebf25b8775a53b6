import { z } from "../../zod";
import { IdSchema } from "../../questionnaire/ids";
import { TextSchema } from "../../questionnaire/text";

/** What a facilitator asks the room when leaders disagree about one area. */
export const DiscussionPromptSchema = z.strictObject({
  /** The questionnaire the area belongs to, e.g. "journey". */
  questionnaire: IdSchema,
  /** The area (dimension) id, e.g. "leadership". */
  area: IdSchema,
  /** The question to put to the room, in our own words. */
  prompt: TextSchema,
  /** Whose idea the prompt rests on, e.g. "Graham Hill, as discussed by Patty Seybold". */
  credit: TextSchema,
});

/** content/team/prompts.yaml: one prompt per area of every current questionnaire. */
export const DiscussionPromptSetSchema = z
  .strictObject({
    prompts: z.array(DiscussionPromptSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.prompts.forEach((p, i) => {
      const key = `${p.questionnaire}/${p.area}`;
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["prompts", i, "area"], message: `a second prompt for ${key}; keep one` });
      seen.add(key);
    });
  });

export type DiscussionPrompt = z.infer<typeof DiscussionPromptSchema>;
export type DiscussionPromptSet = z.infer<typeof DiscussionPromptSetSchema>;
