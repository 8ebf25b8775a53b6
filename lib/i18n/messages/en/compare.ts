import { plural } from "../plural";

/** What compare says (components/compare, lib/compare/build-comparison.ts), beside `results`' change sentences. */
export const compare = {
  earlier: "Earlier",
  later: "Later",
  laterInSentence: "later",
  targets: "The targets the earlier result set, each held against the later stage:",
  noName: "no name in the link",
  noDate: "no date in the link",
  answeredIn: "answered in {language}",
  reversed:
    "The result given as earlier is dated {first}, after the later one ({second}), so the two are shown in date order: {second} first.",
  twoLeaders:
    "These look like two different leaders: the earlier result is from {before}, the later from {after}. They are compared below all the same; read a change as a difference between two people, not as progress.",
  same: "Both links hold the same result (the same answers), so nothing can have changed between them. To see what moved, paste an earlier result and a later one.",
  sameDated:
    "Both links hold the same result (the same answers, from {date}), so nothing can have changed between them. To see what moved, paste an earlier result and a later one.",
  future: {
    earlier:
      "The earlier result is dated {date}, after today ({today}): its date was changed by hand, or this device's clock is wrong. Read the order of the two with care.",
    later:
      "The later result is dated {date}, after today ({today}): its date was changed by hand, or this device's clock is wrong. Read the order of the two with care.",
  },
  earlierLink: "The earlier link:",
  laterLink: "The later link:",
  nothingShared: "These two results share no assessment, so there is nothing to compare.",
  notComparable: "Not comparable",
  unmatched: "Only in one of the two results, so not compared: {names}.",
  byArea: "Change by area: {scale}",
  area: "Area",
  change: "Change",
  form: {
    earlier: "Earlier result link (before)",
    saved: "Or use a result saved in this browser",
    choose: "Choose a saved result…",
    savedDay: "Saved",
    savedItem: "{day}: {ids}",
    idsJoin: " and ",
    later: "Later result link (after)",
    submit: "Compare",
  },
  printLink: {
    region: "This comparison's link",
    open: "Open this comparison:",
    code: "QR code of this comparison's link",
    noCode: "This link is too long for a QR code: type or copy the address below to open the comparison.",
    /** What the printout says when the code leaves names or notes out (as a report's printout says). */
    noNotes:
      "The link is too long for a QR code with the notes it carries: the code opens the same result without them. The address below has the notes.",
    noNamesOrNotes:
      "The link is too long for a QR code with the notes and names it carries: the code opens the same result without them.",
    noNames:
      "The link is too long for a QR code with the names it carries: the code opens the same result without them.",
  },
  moved: {
    none: "No answer changed",
    some: plural({ one: "{n} answer changed", other: "{n} answers changed" }),
    label: "Answers that moved",
    before: "Before:",
    after: "After:",
  },
  targetsReached: "Targets reached",
};

export type CompareMessages = typeof compare;
