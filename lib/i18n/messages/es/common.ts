import type { CommonMessages } from "../en/common";
import { plural } from "../plural";

export const common: CommonMessages = {
  languageName: "Español",
  stageOf: "etapa {stage} de {max}",
  leaders: plural({ one: "{n} directivo", many: "{n} de directivos", other: "{n} directivos" }),
};
