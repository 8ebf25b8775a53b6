/**
 * What the flow's intro says of a result its address carries and the page cannot read
 * (lib/link/flow-links.ts); {problem} is the link's error. A module of its own, so the English
 * that the flow's reader keeps for code without a page is only these strings.
 */
export const flowLeftOut = {
  with: "The result this link brings along from another assessment cannot be read, so it is left out: {problem}",
  retake: "The result to retake cannot be read, so no answers are filled in from it: {problem}",
};
