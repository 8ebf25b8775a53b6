import { z } from "zod";

/** Identifiers appear in URLs, storage keys and share links, so they stay kebab-case ASCII. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case: lowercase letters, digits and single hyphens");

/** Text shown to a reader: never empty, never only whitespace. */
export const TextSchema = z.string().trim().min(1, "must not be empty");
