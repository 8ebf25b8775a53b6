import type { LatestMessages } from "../en/latest";

export const latest: LatestMessages = {
  title: "Sus últimos resultados",
  intro: "Guardados solo en este navegador. Abra uno, repítalo a partir de sus respuestas o compárelo.",
  open: "Abrir",
  retake: "Repetir",
  compare: "Comparar",
};
