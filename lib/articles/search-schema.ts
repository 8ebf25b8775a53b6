import { z } from "../zod";
import { TextSchema } from "../questionnaire/text";

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

/** A word readers search for, and the words the articles use for it. */
export const SynonymSchema = z.strictObject({
  /** What a reader types, one word, as `words()` would write it: lower case, no accents. */
  word: z.string().regex(/^[\p{Ll}\p{N}]+$/u, "must be one lower-case word, like churn"),
  /** What the articles say instead: words or short phrases, each of which must also match. */
  also: z.array(TextSchema).min(1, "give at least one word the articles use for it"),
});

/** content/search-synonyms.yaml. */
export const SynonymsSchema = z
  .strictObject({
    synonyms: z.array(SynonymSchema).min(1),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.synonyms.forEach((s, i) => {
      if (seen.has(s.word))
        ctx.addIssue({ code: "custom", path: ["synonyms", i, "word"], message: `"${s.word}" is listed twice` });
      seen.add(s.word);
      if (s.also.some((a) => a.toLowerCase() === s.word))
        ctx.addIssue({
          code: "custom",
          path: ["synonyms", i, "also"],
          message: `lists "${s.word}" as its own synonym`,
        });
    });
  });

/** The index the build writes to /articles/search.json, articles newest first. */
export const SearchIndexSchema = z.object({
  /** Raised when the shape changes, so a page never reads an index it does not understand. */
  version: z.literal(2),
  /** Each word with the phrases it also searches for, already split into words. */
  synonyms: z.record(z.string(), z.array(z.array(z.string()))),
  articles: z.array(SearchEntrySchema),
});

export type SearchEntry = z.infer<typeof SearchEntrySchema>;
export type SearchIndex = z.infer<typeof SearchIndexSchema>;
export type Synonyms = z.infer<typeof SynonymsSchema>;
