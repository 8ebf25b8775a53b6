import { plural } from "../plural";

/** The team view's input: the form, its progress, and the caps' refusals (lib/team-input/caps.ts). */
export const teamInput = {
  linksLabel: "Result links, one per line (up to {max})",
  fileLabel: "Or load a text or CSV file of links",
  invitationLabel: "The invitation link they answered",
  invitationHint: "(optional: shows who has answered)",
  show: "Show the team view",
  clear: "Clear the box",
  cleared: "The box is empty, and nothing of it is kept in this browser.",
  fileAdded: 'Added the lines of {file}. Select "Show the team view" to read them.',
  kept: "What you paste stays in this browser until you clear it, and the team view goes into the address, so a reload or a bookmark brings it back. Nothing is uploaded.",
  readingLinks: "Reading the links…",
  reading: plural({ one: "Reading {n} line… {done} done", other: "Reading {n} lines… {done} done" }),

  // The caps' refusals, by where the input came from.
  tooLarge: "{what} is {size}; the team view reads up to {limit} (thousands of links). {advice}",
  what: { file: "This file", text: "This text", link: "This team link" },
  sizeAdvice: {
    file: "Split it, or paste only the links.",
    text: "Split it, or paste only the links.",
    link: "Ask for the links as a file instead, and load it in parts.",
  },
  notText: {
    file: "This file is not a text file (it holds binary data, such as an image, a spreadsheet or a PDF), so it was not read. Load a .txt or .csv file of links: a spreadsheet can be saved as CSV.",
    text: "This text is not plain text (it holds binary data), so it was not read. Paste only the links.",
    link: "This team link holds binary data, not result links, so it was not read. Ask for a fresh copy.",
  },
  bytes: plural({ one: "{n} byte", other: "{n} bytes" }),
  kilobytes: "{n} KB",
  megabytes: "{n} MB",
  noTeamLink: "This address holds no team link to read.",
  unreadLines: plural({
    one: "Only the first {max} lines were read; {n} more line was left unread. Split the input to read the rest.",
    other: "Only the first {max} lines were read; {n} more lines were left unread. Split the input to read the rest.",
  }),

  // The lines not counted.
  problemsTitle: "Lines that were not counted",
  problemLine: "Line {n}",
  moreProblems: plural({
    one: "…and {n} more line was not counted.",
    other: "…and {n} more lines were not counted.",
  }),

  // What this browser keeps of the box.
  storageFull: "This browser's storage is full, so what you pasted is not kept here: it is still read as usual.",
  storageOff:
    "This browser keeps nothing for this site (storage is turned off), so what you pasted is not kept here: it is still read as usual.",
  otherTabCleared:
    "Another tab of the team view cleared the list kept in this browser. This tab still shows its own; what you type or paste here is kept again.",
  otherTabChanged:
    "Another tab of the team view changed the list kept in this browser (it now holds {lines}). This tab still shows its own; what you type or paste here is kept instead of the other tab's. Reload this page to take the other tab's list.",
  lines: plural({ one: "{n} line", other: "{n} lines" }),

  // Texts too long for the box, held beside it (lib/team-input/beside-the-box.ts).
  heldNote:
    '{what} is too long to show in the box without slowing the page, so it is held beside the box and read with it. Select "Show the team view" to read it.',
  pastedText: "Pasted text",
  thePastedText: "The pasted text",
  keptList: "The list kept in this browser",
  teamLinkLinks: "The team link's links",
  heldLabel: "Held beside the box",
  removeHeld: "Remove {name}",
  describeHeld: "{name}: {size}, {lines}",
};

export type TeamInputMessages = typeof teamInput;
