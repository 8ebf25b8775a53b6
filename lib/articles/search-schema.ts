import { z } from "../zod";

/** One article as the search sees it. Text fields hold normalised words, space-separated. */
export const SearchEntrySchema = z.object({
  slug: z.string(),
  /** Words of the title. */
  title: z.string(),
  /** Words of the summary. */
  summary: z.string(),
  /** Each distinct word of the body once, minus common words: enough to match, far smaller than the text. */
  text: z.string(),
});

/** The index the build writes to /articles/search.json, articles newest first. */
export const SearchIndexSchema = z.object({
  /** Raised when the shape changes, so a page never reads an index it does not understand. */
  version: z.literal(1),
  articles: z.array(SearchEntrySchema),
});

export type SearchEntry = z.infer<typeof SearchEntrySchema>;
export type SearchIndex = z.infer<typeof SearchIndexSchema>;
