import { z } from "../zod";

/** Text shown to a reader: never empty, never only whitespace. */
export const TextSchema = z.string().trim().min(1, "must not be empty");
