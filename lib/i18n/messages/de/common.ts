import type { CommonMessages } from "../en/common";
import { plural } from "../plural";

export const common: CommonMessages = {
  languageName: "Deutsch",
  stageOf: "Stufe {stage} von {max}",
  leaders: plural({ one: "{n} Führungskraft", other: "{n} Führungskräfte" }),
};
