import { z } from "../zod";

/** Identifiers appear in URLs, storage keys and share links, so they stay kebab-case ASCII. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case: lowercase letters, digits and single hyphens");

/** Text shown to a reader: never empty, never only whitespace. */
export const TextSchema = z.string().trim().min(1, "must not be empty");

/** A calendar date written as YYYY-MM-DD; quoted in YAML so it stays a string. */
export const DateSchema = z
  .string({ error: 'must be a date in quotes, like "2026-10-14"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2026-10-14"')
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
  }, "is not a real calendar date");
