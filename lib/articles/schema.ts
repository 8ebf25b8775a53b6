import { z } from "zod";
import { IdSchema, TextSchema } from "../questionnaire/ids";

/** A calendar date written as YYYY-MM-DD; quoted in YAML so it stays a string. */
export const DateSchema = z
  .string({ error: 'must be a date in quotes, like "2026-10-14"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2026-10-14"')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "is not a real calendar date");

/** A person and work an article draws on. */
export const SourceSchema = z.object({
  author: TextSchema,
  work: TextSchema,
  /** Blog, magazine or publisher. */
  publication: TextSchema,
  url: z.url().optional(),
});

/** Frontmatter of content/articles/<slug>.mdx. */
export const ArticleFrontmatterSchema = z.object({
  title: TextSchema,
  /** One or two sentences for lists, feeds and search results. */
  summary: TextSchema.max(240, "keep the summary under 240 characters"),
  published: DateSchema,
  updated: DateSchema.optional(),
  /** From the fixed vocabulary: journey dimensions, blunders and topics in content/topics.yaml. */
  tags: z.array(IdSchema).min(1).max(6),
  sources: z.array(SourceSchema).min(1, "credit at least one source"),
  /** Assessment areas this article supports, as "<questionnaire>:<dimension>". */
  areas: z.array(z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+$/, 'must look like "journey:leadership"')).min(1),
});

export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;
export type Source = z.infer<typeof SourceSchema>;
