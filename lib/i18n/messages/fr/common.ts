import type { CommonMessages } from "../en/common";
import { plural } from "../plural";

export const common: CommonMessages = {
  languageName: "Français",
  stageOf: "stade {stage} sur {max}",
  leaders: plural({ one: "{n} dirigeant", many: "{n} de dirigeants", other: "{n} dirigeants" }),
};
