import type { EstimateMessages } from "../en/estimate";
import { plural } from "../plural";

export const estimate: EstimateMessages = {
  minutes: plural({ one: "{n} Minute", other: "{n} Minuten" }),
  about: "etwa {minutes}, bei sorgfältigem Lesen mit {pace} Wörtern pro Minute",
  aboutInAll: "insgesamt etwa {minutes}, bei sorgfältigem Lesen mit {pace} Wörtern pro Minute",
};
