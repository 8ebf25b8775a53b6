import type { LatestMessages } from "../en/latest";

export const latest: LatestMessages = {
  title: "Ihre letzten Ergebnisse",
  intro:
    "Nur in diesem Browser gespeichert. Öffnen Sie eines, wiederholen Sie es ausgehend von seinen Antworten, oder vergleichen Sie es.",
  open: "Öffnen",
  retake: "Wiederholen",
  compare: "Vergleichen",
};
