import { z } from "../zod";
import { DateSchema, IdSchema } from "../questionnaire/ids";
import { TextSchema } from "../questionnaire/text";

import { CitationsSchema } from "../sources/schema";

/** Frontmatter of content/articles/<slug>.mdx. */
export const ArticleFrontmatterSchema = z.strictObject({
  title: TextSchema,
  /** One or two sentences for lists, feeds and search results. */
  summary: TextSchema.max(240, "keep the summary under 240 characters"),
  published: DateSchema,
  updated: z.optional(DateSchema),
  /** From the fixed vocabulary: journey dimensions, blunders and topics in content/topics.yaml. */
  tags: z.array(IdSchema).min(1).max(6),
  /** Ids of the works it draws on, from content/sources.yaml, in the order the article uses them. */
  sources: CitationsSchema.min(1, "cite at least one source by its id in content/sources.yaml"),
  /** Assessment areas this article supports, as "<questionnaire>:<dimension>". */
  areas: z.array(z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+$/, 'must look like "journey:leadership"')).min(1),
});

export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;
