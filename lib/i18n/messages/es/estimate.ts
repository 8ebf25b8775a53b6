import type { EstimateMessages } from "../en/estimate";
import { plural } from "../plural";

export const estimate: EstimateMessages = {
  minutes: plural({ one: "{n} minuto", other: "{n} minutos" }),
  about: "alrededor de {minutes}, leyendo con atención a {pace} palabras por minuto",
  aboutInAll: "alrededor de {minutes} en total, leyendo con atención a {pace} palabras por minuto",
};
