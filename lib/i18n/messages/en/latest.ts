/** "Your latest results": what this browser finished before, on the home page, the overviews and the flow's intro. */
export const latest = {
  title: "Your latest results",
  intro: "Saved in this browser only. Open one, retake it from its answers, or compare it.",
  open: "Open",
  retake: "Retake",
  compare: "Compare",
};

export type LatestMessages = typeof latest;
