import { z } from "../zod";
import { TextSchema } from "../questionnaire/text";

/** Frontmatter of content/pages/<slug>.mdx: a page of the site written like an article. */
export const PageFrontmatterSchema = z.strictObject({
  title: TextSchema,
  /** One or two sentences for search results and link previews. */
  summary: TextSchema.max(240, "keep the summary under 240 characters"),
});

export type PageFrontmatter = z.infer<typeof PageFrontmatterSchema>;

/** A page of the site as read from content/pages/<slug>.mdx: its frontmatter and its MDX body. */
export type SitePage = { slug: string; file: string; frontmatter: PageFrontmatter; body: string };
