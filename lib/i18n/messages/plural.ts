import type { Plural } from "../format";

/** A message's plural forms, typed as `Plural` so a language may add the categories its rules have. */
export const plural = (forms: Plural): Plural => forms;
