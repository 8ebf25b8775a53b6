import { plural } from "../plural";

/**
 * The workshop around the team view: present mode's slides (lib/workshop/slides.ts), their
 * evidence pictures (lib/workshop/evidence.ts) and present mode's controls.
 */
export const workshop = {
  slideTitle: "The team's view",
  slideSubtitle: "{leaders} · {date}",
  slidePart: "{title} ({n} of {of})",
  slideFindings: "What the answers say: {title}",
  slideSpread: "The spread per area: {title}",
  slideGrid: "Who sees what",
  slideGridOf: "Who sees what: {title}",
  slideTooMany: plural({
    one: "{n} leader is too many to show one by one on a slide. The spread per area shows every one of them; the grid is in the team view.",
    other:
      "{n} leaders are too many to show one by one on a slide. The spread per area shows every one of them; the grid is in the team view.",
  }),
  slideDisputed: "Where leaders disagree most",
  slideRecommendations: "What the team could do next",
  slideActions: "Actions agreed",
  action: "Action",
  owner: "Owner",
  due: "Due",

  presentMode: "Present mode",
  presentation: "Presentation",
  previous: "← Previous",
  next: "Next →",
  position: "{n} of {of}",
  showNames: "Show names",
  leave: "Leave (Esc)",
  letterName: "Leader {letter}",

  evidenceEach: "Each dot is a leader; the line is the team's median, the shaded stretch within {far} of it",
  evidenceCamps: "{each}. The two camps are {distance} apart.",
  evidenceFar: "{each}. Marked dots sit {far} or more from the median.",
  evidenceStandsOut: "{each}. The marked dot sits {far} or more from the median.",
  evidenceMiddle: "{each}. The outlined band is the middle half of the team.",
  evidenceAgree: "{each}: every dot is inside it.",
  campLabel: "{n} at {span}",
  marks: { low: "far lower", high: "far higher", "camp-low": "lower camp", "camp-high": "higher camp" },
  dotCount: "{n} leaders at {value}{mark}",
  dotLeader: "{name} {value}{mark}",
  dotMark: " ({mark})",
  evidenceArea: "Area",
  evidenceMedian: "Median",
  evidenceEachLeader: "Each leader",

  // The team over time (lib/team/over-time.ts).
  overTimeTitle: "The team over time",
  earlierLabel: "An earlier team link, such as last year’s",
  compare: "Compare with this team",
  noEarlierLinks: "No result links were found in the earlier team link.",
  agreedLastTime: "Agreed last time",
  agreedBy: "by {due}",
  then: "Then: mean (spread)",
  now: "Now: mean (spread)",
  changeInMean: "Change in mean",
  changeInSpread: "Change in spread",
  nothingInCommon: "The two teams took no assessment in common, so there is nothing to compare.",
  areaAt: "{mean} (middle half {iqr} wide)",
  agreeMore: "{change} (agree more)",
  agreeLess: "{change} (agree less)",
  changeCaption: "{title}: then {before}, now {after}; overall {from} → {to} ({change})",

  // The actions agreed (lib/workshop/actions.ts, action-choices.ts, ics.ts).
  actionsTitle: "Actions agreed",
  actionsNone: "None yet. Record what the room agrees, with who will do it and by when.",
  actionsCaption: "Actions agreed, by due date",
  about: "About",
  remove: "Remove",
  removeLabel: "Remove: {action}",
  addAction: "Add the action",
  actionAdded: "Action added: {action}.",
  actionRemoved: "Action removed: {action}.",
  downloadActions: "Download the actions (CSV)",
  addToCalendar: "Add the due dates to a calendar (.ics)",
  chooseAbout: "Choose what the action is about.",
  tooManyActions: "A team link holds at most {max} actions.",
  writeWhat: "Write what will be done.",
  actionTooLong: "Keep the action to {max} characters (this one has {n}): say what will be done in a sentence or two.",
  ownerInvisible:
    "The owner holds only blank or invisible characters (such as zero-width spaces or fillers), so it would show as nothing. Type it with letters or digits.",
  nameOwner: "Name who will do it: a person or a role.",
  ownerTooLong: "Keep the owner to {max} characters.",
  chooseDue: "Choose the date it is due by.",
  dueRange: "Choose a due date between {from} and {to}.",
  cannotSave: "This action cannot be saved.",
  actionsDamaged: plural({
    one: "{n} action in this team link is damaged and left out.",
    other: "{n} actions in this team link are damaged and left out.",
  }),
  actionsCut: plural({
    one: '{n} action in this team link is longer than {max} characters: it is shown cut short, with "…" where it was cut.',
    other:
      '{n} actions in this team link are longer than {max} characters: they are shown cut short, with "…" where it was cut.',
  }),
  actionsBlank: plural({
    one: "{n} action's owner shows as nothing (only invisible characters), so it is left blank.",
    other: "{n} actions' owners show as nothing (only invisible characters), so they are left blank.",
  }),
  actionsFarOff: plural({
    one: "{n} action in this team link is due outside {from}–{to} ({dates}), so it is left out.",
    other: "{n} actions in this team link are due outside {from}–{to} ({dates}), so they are left out.",
  }),
  actionsNewer: plural({
    one: "{n} action was written in action format {formats}, by a newer version of Outside-In than this site runs (it reads format {format}), and cannot be shown here.",
    other:
      "{n} actions were written in action format {formats}, by a newer version of Outside-In than this site runs (it reads format {format}), and cannot be shown here.",
  }),
  actionsTooMany: plural({
    one: "Only the first {max} actions are read; {n} more was left out.",
    other: "Only the first {max} actions are read; {n} more were left out.",
  }),
  noOwner: "no owner named",
  aboutArea: "{area} ({title})",
  aboutQuestion: "“{question}” ({title})",
  choiceQuestion: "Question: {question}",
  actionsCsv: { action: "action", owner: "owner", due: "due", about: "about" },
  icsOwner: "Owner: {owner}",
  icsAbout: "About: {about}",
  icsTeam: "Team: {team}",

  // Who has answered an invitation, and the reminder for those who have not (lib/invitation).
  whoAnsweredTitle: "Who has answered",
  listsNoOne:
    "This invitation lists no one, so there is no one to tick off: make the next one with the names or roles invited.",
  answeredSoFar: plural({
    one: "Answered so far: {answered} of the {n} person or role invited.",
    other: "Answered so far: {answered} of the {n} people or roles invited.",
  }),
  closingPassed: "The closing date, {date}, has passed.",
  closingIs: "The closing date is {date}.",
  answeredMark: ": answered",
  notYetMark: ": not yet",
  alsoAnswered: "Also answered, under a role not on the list:",
  notYet: "Not yet:",
  namesNobody: ". The reminder names nobody: address it to them yourself.",
  emailReminder: "Email a reminder",
  sendsNothing: "Outside-In sends nothing: this email goes only if you send it, and your answers are in the link.",
  reminderSubject: "Reminder: two short questionnaires before our workshop ({team})",
  reminderHello: "Hello,",
  reminderBody:
    "A reminder, in case my invitation got buried: I would like your own view of how customer-centric the organisation is today, before we meet. If you have already sent me your result, thank you, and please ignore this.",
  reminderTeam: "Team: {team}",
  reminderPassed: "The closing date, {date}, has passed, but there is still time to add your view before we meet.",
  reminderBy: "Please answer by: {date}",
  reminderStart: "Start here:",

  // Sharing and exporting the team view, and its link in the printed pack.
  shareAddress: "The address of this page is the team link: bookmark it, or send it to a colleague.",
  teamLinkLabel: "Team link ({n} characters)",
  copyTeamLink: "Copy team link",
  copied: "Team link copied.",
  copyBlocked: "Copying was blocked by the browser: select the link and copy it by hand.",
  tooLongToShare:
    "A link holding all {results} results is {length} characters long. Many chat tools, email programs and older browsers cut links beyond about {max} characters, so share the file of links instead: anyone can load it into this page.",
  downloadLinks: "Download the links as a file",
  downloadCsv: "Download CSV",
  packLink: {
    region: "This team view's link",
    open: "Open this team view:",
    code: "QR code of this team view's link",
    noCode: "This team link is too long for a QR code: type or copy the address below to open the team view.",
  },
  packTooLong:
    "This team’s link is {n} characters, too long to print: to reopen the team view, load the file of links (“Download the links as a file”, under “Share or export this team view”) into the team page.",
  benchmarkTitle: "Anonymous benchmark",
  benchmarkAbout:
    "A file of how many leaders scored in each band of each area, per questionnaire version, with the number of leaders and teams: no roles, no organisation, no answers. Put such files in {folder} of your own copy of the site, and results there compare each leader with them.",
  benchmarkName: "Who these leaders are, as results will name them",
  benchmarkPlaceholder: "my clients",
  downloadBenchmark: "Download the benchmark file",
  /** The groups a benchmark leaves out, and why there is none: {version} is benchmarkVersion filled. */
  benchmarkVersion: "{title} version {version}",
  benchmarkArea: "{area} of {version}",
  benchmarkGroup: "{group} ({leaders})",
  benchmarkLeaders: plural({ one: "{n} leader", other: "{n} leaders" }),
  /** Stand-ins for a questionnaire or area the site no longer has. */
  benchmarkSomeQuestionnaire: "A questionnaire",
  benchmarkSomeArea: "An area",
  benchmarkNone:
    "A benchmark needs at least {n} leaders in every questionnaire version and area it describes, so no one in it can be recognised; in this team no group has that many.",
  leftOut: "Left out, too few to stay anonymous: {groups}.",
};

export type WorkshopMessages = typeof workshop;
