import { plural } from "../plural";

/** What the results report's own parts say (components/results), beside the sentences of `results`. */
export const report = {
  view: {
    reading: "Reading your result…",
    printedEarly:
      "This page was printed before your report had been drawn from its link, so it holds no report. Close the print preview, wait until the report shows on screen, then print again.",
    cannotShow: "This result cannot be shown",
    takeJourney: "Take the journey assessment",
    home: "Go to the home page",
  },
  printedOn: "Printed on {date} from Outside-In.",
  sections: {
    since: "Change since last time",
    plan: "Your plan",
    journeyHint: "Stages, targets and how sure each is, and your answers, area by area",
    blundersHint: "Each blunder, its alternative, and the answers that point to it",
    relation: "How the two results relate",
    relationHint: "Which blunders may be holding which areas back",
    share: "Print, download or share",
    shareHint: "Name the result, copy its link, compare it with an earlier one",
  },
  summary: {
    title: "Summary",
    overallStage: "Overall stage",
    notPlaced: "Not enough answers to place the organisation on a stage.",
    overallAvoidance: "Overall avoidance",
    noOverall: "Not enough answers for an overall score.",
    priorities: "Your three priorities",
    hold: "Hold it there: it is at its target already.",
    seePlan: plural({ one: "See your plan: {n} step", other: "See your plan: {n} steps" }),
  },
  stages: { label: "The six stages", here: "You are here", next: "Next stage" },
  table: {
    area: "Area",
    answered: "Answered",
    answeredOf: "{answered} of {total}",
    dontKnow: "({n} “don't know”)",
    now: "Now",
    target: "Target",
    gap: "Gap",
  },
  benchmark: {
    title: "Compared with {n} leaders in {name}",
    caption: "Percentile per area: the share of those leaders who scored lower",
    percentile: "Percentile",
    scrollLabel: "Percentile per area among leaders in {name}",
  },
  blunders: {
    caption: "Avoidance by blunder, on the scale of 0 (the blunder is present) to 100 (avoided)",
    avoidance: "Avoidance",
    listTitle: "Each blunder, and its alternative",
    looksLike: "What it looks like:",
    alternative: "The flashpoint alternative:",
    inYourOrganisation: "In your organisation:",
    yourAnswers: "your answers that point to this blunder.",
  },
  combined: {
    noneAtRisk:
      "None of the blunders is a risk in this result, so habits are unlikely to be what holds the journey back.",
  },
  journey: {
    caption: "Stage by area: now, target and gap, on the scale of 1 (product-centric) to 6 (customer-centric)",
    agreeBefore: "Under each stage, how far your own answers in that area agree;",
    agreeLink: "how scoring works",
    agreeAfter: "says how that decides whether a later change counts as progress.",
    answersTitle: "Your answers, area by area",
    answersIntro: "The evidence behind each score: what you said happens today, and the stage it shows.",
    dontKnow: "Don't know",
    notAnswered: "Not answered",
  },
  notes: {
    note: "Note: ",
    title: "Your notes",
    inLink: plural({
      one: "This link carries {n} note: anyone with the link can read it.",
      other: "This link carries {n} notes: anyone with the link can read them.",
    }),
    kept: plural({
      one: "{n} note is kept in this browser only. If you include them, anyone with the link can read them.",
      other: "{n} notes are kept in this browser only. If you include them, anyone with the link can read them.",
    }),
    remove: "Take my notes out of the link",
    include: "Include my notes in the link",
    tooLong:
      "With the notes the link would be longer than the {max} characters the site reads, so they stay in this browser. Shorten some notes in a retake to share them.",
    included: "The link now carries your notes. Copy it again to share this version.",
    removed: "The link no longer carries your notes. Links you copied before still do.",
    before: "Note before: ",
    now: "Note now: ",
  },
  other: {
    title: "Complete the picture",
    intro:
      "The two assessments explain each other: the blunders often show why a stage has stalled. A report with both says how they relate.",
    size: "{questions} questions, about {minutes} minutes.",
    add: "Add your result from {date}",
    start: "Start the other assessment",
  },
  actions: {
    copied: "Link copied. Anyone with it sees this report; nothing else is shared.",
    blocked: "Copying was blocked by the browser. Copy the address from the address bar instead.",
    print: "Print or save as PDF",
    copy: "Copy link",
    json: "Download JSON",
    csv: "Download CSV",
  },
  retake: {
    title: "Retake later",
    intro:
      "In a few months, start again from these answers: you change only what changed, and the new report shows what moved since this one.",
    button: "Retake with these answers",
  },
  share: {
    title: "Name and share this result",
    role: "Your role or name",
    org: "Organisation",
    orgInProblem: "The organisation",
    optional: "(optional)",
    add: "Add to the link",
    saved: "The link now carries these names. Copy it again to share the new version.",
    shareTitle: "Outside-In result",
    privacy: "Names are kept in the link only. Anyone you send the link to sees them.",
    share: "Share…",
    compare: "Compare with an earlier result",
  },
  since: {
    byArea: "Change by area: {scale}",
    nothing: "The earlier result holds none of the assessments in this one, so there is nothing to compare.",
    unmatched: "Only in one of the two results, so not compared: {names}.",
  },
  moved: {
    none: "No answer changed",
    some: plural({ one: "{n} answer changed", other: "{n} answers changed" }),
    label: "Answers that moved",
    before: "Before:",
    after: "After:",
  },
  targetsReached: "Targets reached",
  targets: {
    legend: "Targets: where each area should get to",
    intro:
      "Each starts one stage above where the area stands, unless one was chosen: a retake keeps the targets set last time. Change one and the plan, the radar and the link follow. Mark how much an area matters now and the plan starts with what is critical to your strategy.",
    now: "now {figure}",
  },
  printLink: {
    region: "This report's link",
    open: "Open this report:",
    code: "QR code of this report's link",
    noCode: "This link is too long for a QR code: type or copy the address below to open the report.",
    noNotes:
      "The link is too long for a QR code with the notes it carries: the code opens the same result without them. The address below has the notes.",
    noNamesOrNotes:
      "The link is too long for a QR code with the notes and names it carries: the code opens the same result without them.",
    noNames:
      "The link is too long for a QR code with the names it carries: the code opens the same result without them.",
  },
};

export type ReportMessages = typeof report;
