import type { EstimateMessages } from "../en/estimate";
import { plural } from "../plural";

export const estimate: EstimateMessages = {
  minutes: plural({ one: "{n} minute", other: "{n} minutes" }),
  about: "environ {minutes}, en lisant attentivement à {pace} mots par minute",
  aboutInAll: "environ {minutes} au total, en lisant attentivement à {pace} mots par minute",
};
