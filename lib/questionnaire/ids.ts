import * as z from "../zod-mini";

// These two run in the browser too (share links, saved state), hence zod mini; TextSchema,
// used only by content, lives in ./text.ts with the full API.

/** Identifiers appear in URLs, storage keys and share links, so they stay kebab-case ASCII. */
export const IdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case: lowercase letters, digits and single hyphens"));

/** A calendar date written as YYYY-MM-DD; quoted in YAML so it stays a string. */
export const DateSchema = z.string({ error: 'must be a date in quotes, like "2026-10-14"' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2026-10-14"'),
  z.refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
  }, "is not a real calendar date"),
);
