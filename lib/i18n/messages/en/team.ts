import { plural } from "../plural";

/**
 * The team view: what the report model says (built where the team is read, in the Web Worker
 * when there is one: lib/workshop/team-report.ts, findings.ts) and the island's own words.
 * Sentences about leaders hold `{leader}`-like parts that lib/workshop/sentence.ts fills with a
 * leader, so a name is placed by the language's word order, never glued on.
 */
export const team = {
  loading: "Loading the team view…",
  tooLongForAddress:
    "This team is too large for the address bar, so a reload will not bring it back: the links stay in the box, kept in this browser.",
  addressOnRequest:
    "This team’s link is {n} characters long. Writing a link that long into the address holds this page up for a moment, so it goes there only when you ask: then a reload or a bookmark brings this team back.",
  putInAddress: "Put this team in the address",
  inAddress: "The address now holds this team: a reload or a bookmark brings it back.",

  // The report's status and notices.
  resultsRead: plural({ one: "{n} result read", other: "{n} results read" }),
  leaders: plural({ one: "{n} leader", other: "{n} leaders" }),
  respondents: plural({ one: "{n} respondent", other: "{n} respondents" }),
  status: "{results}{skipped}{mail}.",
  statusSkipped: plural({ one: ", {n} line skipped", other: ", {n} lines skipped" }),
  statusMail: plural({
    one: ", {n} line of mail (headers, quoted text, signatures) left aside",
    other: ", {n} lines of mail (headers, quoted text, signatures) left aside",
  }),
  paired: plural({
    one: "{n} leader sent their two assessments as separate links with the same role and organisation; each is counted as one leader.",
    other:
      "{n} leaders sent their two assessments as separate links with the same role and organisation; each is counted as one leader.",
  }),
  unpaired: "{links} links say “{who}” but could be paired more than one way, so they are shown side by side.",
  labelAndOrg: "{label} · {org}",
  invitationUnreadable: "The invitation link cannot be read, so who has answered is not shown: {reason}",
  present: "Present the team view",
  openingPresent: "Opening present mode…",
  leaderNumbered: "Leader {n}",

  // The team overall.
  overallTitle: "The team overall",
  teamName: "Team:",
  tooFewForOverall: "Too few answers for an overall",
  stageHeadline: "Stage {stage}",
  stageDetail: "team mean {mean} of {leaders}",
  pointsOf100: "{score} / 100",
  withBand: "{score}: {band}",
  blundersDetail: "blunders avoided, team mean of {leaders}",
  bands: { high: "High risk", watch: "Worth watching", healthy: "Healthy" },

  // What the answers say: the findings (lib/workshop/findings.ts).
  findingsTitle: "What the answers say",
  and: " and ",
  comma: ", ",
  distanceStages: plural({ one: "{n} stage", other: "{n} stages" }),
  distancePoints: plural({ one: "{n} point", other: "{n} points" }),
  farLower: "{leader} far lower ({score})",
  farHigher: "{leader} far higher ({score})",
  apartWho: "{leaders} ({share}%)",
  apartSides: "{low} far lower, {high} far higher",
  campGroup: "{leaders} at {span}",
  camps: "{low} and {high}, {distance} apart",
  everyArea: "every area",
  mostAreas: "most areas ({n} of {of})",
  standsOutBoth:
    "{leader} sees {areas} very differently from the rest of the team, far lower in some and far higher in others.",
  standsOutLow:
    "{leader} sees {areas} far lower than the rest of the team: {theirs} on average, where the team's median is {team}.",
  standsOutHigh:
    "{leader} sees {areas} far higher than the rest of the team: {theirs} on average, where the team's median is {team}.",
  oneLeader:
    "Only one leader has answered, so there is no spread to read yet: from {min} leaders on, this says whether they agree.",
  twoLeaders: "Only two leaders have answered: too few to say whether the team agrees.",
  twoLeadersApart: " They are {far} or more apart in {areas}.",
  tooFewPerArea: "No area was scored by {min} leaders or more, so there is no spread to read yet.",
  moreStandOut: plural({
    one: "{n} more leader sees most areas far from the rest of the team; the grid marks where.",
    other: "{n} more leaders see most areas far from the rest of the team; the grid marks where.",
  }),
  twoCamps: "In {area} the team splits into two camps: {camps}.",
  farCounted: "In {area}, {who} sit {far} or more from the team's median of {median}: {sides}.",
  farNamed: "In {area}, {named} than the rest; the team's median is {median}.",
  middleHalfApart:
    "In {area} the middle half of the team spans {span}, {far} or more: leaders see it differently, which is worth discussing.",
  broadlyAgree:
    "The leaders broadly agree: in every area{except}, each of the {n} leaders is within {far} of the team's median.",
  broadlyAgreeExcept: " ({areas} had too few answers to judge)",
  importanceSplit:
    "In {area}, leaders disagree on what matters: {critical} marked it critical to our strategy, {less} less important now{others}",
  importanceOthers: " ({others}).",
  importanceNoOthers: ".",
  markedImportant: "{n} marked it important",
  leftUnmarked: "{n} left it unmarked",

  // One area's note in the spread table.
  areaUnscored: "No leader scored this area.",
  areaOneScored: "Only one leader scored this area.",
  areaPairApart: "The two leaders are {distance} apart.",
  areaPairWithin: "The two leaders are within {far}.",
  areaTwoCamps: "Two camps: {camps}.",
  areaFarCounted: "{who} sit {far} or more from the median ({median}): {sides}.",
  areaFarNamed: "{named}{also}.",
  areaFarAlso: "; also {leaders} named above",
  areaMiddleHalf: "The middle half is {far} or more apart: leaders disagree.{also}",
  areaMiddleHalfAlso: " Also {leaders} named above.",
  areaWithinBut: "Within {far} of the median ({median}), but for {leaders} named above.",
  areaWithin: "Everyone is within {far} of the median ({median}).",

  // What matters to the team.
  importanceTitle: "What matters to the team",
  importanceHow:
    "The team's level is the middle of the levels its leaders marked (the lower of the two middle ones with an even count); the team's plan puts the areas that matter most first.",
  importanceCaption: "How many leaders marked each area at each level",
  importanceScroll: "What matters to the team, area by area",
  area: "Area",
  importance: { critical: "Critical to our strategy", important: "Important", less: "Less important now" },
  notMarked: "Not marked",
  teamLevel: "The team's level",
  teamDisagrees: " · the team disagrees",

  // Who sees what: the grid.
  gridTitle: "Who sees what",
  gridCaption: "Each leader’s score per area",
  gridCaptionOf: "Each leader’s score per area: {title}",
  leader: "Leader",
  farLowerMark: "far lower than the team",
  farHigherMark: "far higher than the team",
  gridShowing: "Showing {shown} of {all} leaders.",
  gridMore: "Show {n} more",
  legendStages: "Journey cells are tinted by stage, more strongly the further along:",
  legendBands: "Blunders cells by risk band:",
  legendMarks:
    "↓ and ↑ mark a leader {far} ({farPoints}) or more below or above the team’s median in that area, where at least {min} leaders scored it.",

  // Where leaders disagree most.
  disputedTitle: "Where leaders disagree most",
  noDispute: "On every question, the middle half of the leaders chose the same answer: there is no split to discuss.",
  answeredCaption: "How the leaders answered: {question}",
  answer: "Answer",
  leadersColumn: "Leaders",
  dontKnow: "Don’t know",
  discuss: "Discuss:",
  after: "After {credit}.",
  sameAreaAs: "Questions {at} and {n} are both about {area}: the prompt with question {at} covers this one too.",
  notesTitle: "What leaders noted",
  notesLabel: "Notes leaders left on this question",
  showMoreNotes: plural({
    one: "Show {n} more note, of {left} not shown",
    other: "Show {n} more notes, of {left} not shown",
  }),
  moreNotes: plural({
    one: "{n} more note is in the team view.",
    other: "{n} more notes are in the team view.",
  }),

  // What the team could do next.
  recommendationsTitle: "What the team could do next",
  noRecommendation: "No area is weak enough for a team step: every area is at stage 6 or clear of the blunders.",
  read: "Read:",
  /** Marks an article linked in English, not translated yet, as the library does. */
  inEnglish: "in English",
  whereStages: "team mean {mean}: from stage {from} to {to}",
  whereBlunders: "team mean {score} / 100: {band}",

  // Each questionnaire's spread.
  spreadHeading: "{title}: {respondents}",
  versionsNote: "These results span versions {versions}; areas are compared where they exist.",
  spreadCaption: "Team spread by area",
  spreadScroll: "Team spread by area: {heading}",
  mean: "Mean",
  lowestHighest: "Lowest–highest",
  middleHalf: "Middle half",
  median: "Median",
  whatItSays: "What it says",
  spreadFigcaption: "Each dot is one leader; the band is the middle half of the team, the line its median.",
  spreadTableCaption: "The spread per area: {title}",
  lowest: "Lowest",
  highest: "Highest",

  // Respondents.
  respondentsTitle: "Respondents",
  respondentsHint: "Each of the {n} results with its overall score",
  respondentsCaption: "Each respondent with their overall result",
  preparingTable: "Preparing the table…",
  line: "Line",
  label: "Label",
  organisation: "Organisation",
  language: "Language",
  columnStage: "{title}: stage",
  columnAvoidance: "{title}: avoidance",
  shareTitle: "Share or export this team view",
  shareHint: "One link for the whole team, the links as a file, or a spreadsheet",
  preparingExports: "Preparing the exports…",

  // The team's CSV export: its column headers, and a respondent's row's note.
  csv: {
    row: "row",
    questionnaire: "questionnaire",
    areaOrLine: "area or line",
    label: "label",
    organisation: "organisation",
    meanOrScore: "mean or score",
    min: "min",
    max: "max",
    range: "range",
    iqr: "interquartile range",
    note: "note",
  },
  csvVersion: "version {n}",
};

export type TeamMessages = typeof team;
