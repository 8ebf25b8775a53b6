import { z } from "../zod";
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

/**
 * A work an article draws on, named fully enough for a reader to find it: who, what, where
 * and when, with a stable public address where one exists.
 */
export const SourceSchema = z
  .object({
    /** Person or organisation; "Unattributed" when the work names nobody. */
    author: TextSchema,
    /** The title as published. */
    title: TextSchema,
    /** The publisher of a book, or the site, blog or magazine that published the piece. */
    publisher: TextSchema,
    /** Year of publication (for a piece known only through a later write-up: that write-up's year). */
    year: z
      .int("give the year as a number, like 2007")
      .min(1900, "must be a year after 1900")
      .max(2100, "must be a year before 2100"),
    /** A stable public address for the work itself. */
    url: z.url({ protocol: /^https?$/, error: "must be a full http(s) address" }).optional(),
    /** A book's ISBN; the page links it to Open Library's record of the book. */
    isbn: z.string().refine(isValidIsbn, "is not a valid ISBN-10 or ISBN-13 (check the digits)").optional(),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;

/** Where a reader can find the work: its own address, else its ISBN's record, else nowhere. */
export function sourceLink(source: Source): string | undefined {
  if (source.url) return source.url;
  if (source.isbn) return `https://openlibrary.org/isbn/${source.isbn.replace(/[-\s]/g, "")}`;
  return undefined;
}
