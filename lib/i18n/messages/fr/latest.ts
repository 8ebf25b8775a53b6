import type { LatestMessages } from "../en/latest";

export const latest: LatestMessages = {
  title: "Vos derniers résultats",
  intro:
    "Enregistrés dans ce navigateur uniquement. Ouvrez-en un, refaites-le à partir de ses réponses, ou comparez-le.",
  open: "Ouvrir",
  retake: "Refaire",
  compare: "Comparer",
};
