import { plural } from "../plural";

/** How long an assessment takes, as every page that offers one says it (lib/questionnaire/estimate.ts). */
export const estimate = {
  minutes: plural({ one: "{n} minute", other: "{n} minutes" }),
  about: "about {minutes}, reading carefully at {pace} words a minute",
  aboutInAll: "about {minutes} in all, reading carefully at {pace} words a minute",
};

export type EstimateMessages = typeof estimate;
