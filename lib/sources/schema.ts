import { z } from "../zod";
import { IdSchema } from "../questionnaire/ids";
import { TextSchema } from "../questionnaire/text";

/**
 * Whether an ISBN-10 or ISBN-13 (hyphens and spaces allowed) has a valid check digit, so a
 * mistyped number fails the build instead of linking readers to the wrong book.
 */
export function isValidIsbn(isbn: string): boolean {
  const digits = isbn.replace(/[-\s]/g, "").toUpperCase();
  if (/^\d{13}$/.test(digits)) {
    const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
    return sum % 10 === 0;
  }
  if (/^\d{9}[\dX]$/.test(digits)) {
    const sum = [...digits].reduce((total, d, i) => total + (d === "X" ? 10 : Number(d)) * (10 - i), 0);
    return sum % 11 === 0;
  }
  return false;
}

/** What a source is, so a reader knows what to look for: a book is found by title, a post by address. */
export const SOURCE_KINDS = ["book", "article", "blog-post", "newsletter", "talk"] as const;

/** "n.d." (no date), as reference lists write it: for a work whose year no page we found states. */
export const NO_DATE = "n.d.";

/**
 * A work the library draws on, named once in content/sources.yaml and cited by its id. Every
 * field was confirmed from the seed texts or a page found, never from memory
 * (docs/sources-provenance.md says where).
 */
export const SourceSchema = z
  .strictObject({
    /** How articles, recommendations and plan steps cite it: kebab-case, unique. */
    id: IdSchema,
    /** The person or people who wrote it, as they sign. */
    author: TextSchema.optional(),
    /** The organisation that published it in its own name, when no person signs it. */
    organisation: TextSchema.optional(),
    /** The title as published; a work without one gets a description in square brackets. */
    title: TextSchema,
    kind: z.enum(SOURCE_KINDS),
    /** Where it appeared: the site, blog, magazine or newsletter; for a book, its publisher. */
    publication: TextSchema.optional(),
    /** Year of publication, or "n.d." when no page we found dates it. */
    year: z.union(
      [
        z
          .int("give the year as a number, like 2007")
          .min(1900, "must be a year after 1900")
          .max(2100, "must be a year before 2100"),
        z.literal(NO_DATE),
      ],
      { error: 'give the year as a number, like 2007, or "n.d." when no page we found dates the work' },
    ),
    /** A public address for the work itself, confirmed by finding the page. */
    url: z.url({ protocol: /^https?$/, error: "must be a full http(s) address" }).optional(),
    /** A book's ISBN; the page links it to Open Library's record of the book. */
    isbn: z.string().refine(isValidIsbn, "is not a valid ISBN-10 or ISBN-13 (check the digits)").optional(),
    /** How the work reaches us, shown after it: whom it quotes, or where a lost original was quoted. */
    note: TextSchema.optional(),
  })
  .refine((s) => s.author !== undefined || s.organisation !== undefined, {
    message: "name an author or an organisation",
    path: ["author"],
  })
  .refine((s) => s.kind === "book" || s.publication !== undefined, {
    message: "say where it appeared (the site, blog, magazine or newsletter)",
    path: ["publication"],
  });

export type Source = z.infer<typeof SourceSchema>;

/** content/sources.yaml: the one bibliography. */
export const BibliographySchema = z
  .strictObject({
    sources: z.array(SourceSchema).min(1),
  })
  .superRefine((bib, ctx) => {
    const seen = new Set<string>();
    bib.sources.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: "custom", path: ["sources", i, "id"], message: `a second source with id "${s.id}"` });
      seen.add(s.id);
    });
  });

export type Bibliography = z.infer<typeof BibliographySchema>;

/** The ids a file cites: each must name a source in content/sources.yaml. */
export const CitationsSchema = z.array(IdSchema);

/** Who wrote it, as a reference list names them: the author, else the organisation. */
export const byline = (s: Source): string => s.author ?? s.organisation ?? "";

/** Where a reader can find the work: its own address, else its ISBN's record, else nowhere. */
export function sourceLink(source: Source): string | undefined {
  if (source.url) return source.url;
  if (source.isbn) return `https://openlibrary.org/isbn/${source.isbn.replace(/[-\s]/g, "")}`;
  return undefined;
}
