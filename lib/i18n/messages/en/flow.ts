import { plural } from "../plural";
import { invitationLink } from "./invitation-link";
import { link } from "./link";

/** The question flow: intro, progress, a question, notes, the review, and what can go wrong on the way. */
export const flow = {
  intro: {
    title: "Before you start",
    size: "{questions} in {sections}, {estimate}.",
    questions: plural({ one: "{n} question", other: "{n} questions" }),
    sections: plural({ one: "{n} section", other: "{n} sections" }),
    today: "Answer for what happens today, not what is planned. “Don't know” is always a fair answer.",
    keyboard: "Keyboard: press a number to choose an answer and Enter to go on.",
    private: "Your answers stay in this browser. Progress saves as you go.",
    savedRegion: "Saved progress",
    saved: "You have saved progress: {answered} of {total} questions answered.",
    savedFrom: "You have saved progress from {when}: {answered} of {total} questions answered.",
    resume: "Resume where I left off",
    startOver: "Start over",
    start: "Start",
  },
  restore: {
    discarded: "We could not use the progress saved in this browser: {reason}. You are starting afresh.",
    unreadable: "the saved answers in this browser could not be read",
    otherQuestionnaire: "the saved answers belong to a different questionnaire",
    newer:
      "the saved answers come from version {saved} of this questionnaire, newer than the version {runs} this site runs",
    changed: "the saved answers were made with version {saved} of this questionnaire, and it has changed since",
    notesLost: "The notes saved in this browser could not be read, so they are left out. Your answers are kept.",
  },
  progress: {
    position: "Question {n} of {total}",
    part: "Part {n} of {total}: {name}",
    timeLeft: "about {minutes} left",
    answered: "{answered} of {total} answered",
    parts: "Parts",
    partAnswered: "{name}: {done} of {size} answered",
  },
  question: {
    dontKnow: "Don't know",
    isNew: "New since last time",
    back: "Back",
    undo: "Undo",
    undoHint: " the last answer and go back to it",
    next: "Next",
    toReview: "Review answers",
    backToReview: "Back to review",
    held: "You are already on question {n}: your tap moved you on. Answer it, or press Next again to skip it.",
    autoAdvance: "Go to the next question after I tap an answer",
  },
  note: {
    yours: "Your note",
    add: "Add a note",
    label: "Note on this answer",
    hint: "(optional): the evidence or example behind it",
    onQuestion: "Note on question {n}",
    count: "{length} of {max} characters",
    tooLong: "A note holds up to {max} characters; this one has {length}. Shorten it to keep it.",
    blank: "This note shows nothing: type the evidence or example in words.",
    linkTooLong:
      "This note would make your result link longer than the {max} characters the site reads: shorten it or another note. Your answers and other notes are kept.",
  },
  review: {
    title: "Review your answers",
    missing: plural({ one: "{n} question is not answered yet:", other: "{n} questions are not answered yet:" }),
    missingList: "Not answered yet",
    allAnswered: "All {n} questions are answered.",
    answerOne: "Answer question {n} first",
    answerOpen: "Answer the {count} open questions, from question {n}",
    part: "Part {n}: {name}",
    partAnswered: "{done} of {total} answered",
    notAnswered: "Not answered",
    change: "Change",
    answer: "Answer",
    questionHint: " question {n}",
    seeResults: "See my results",
    goOn: "Go on to {title}",
    here: "See my results without {title}",
    without: plural({ one: "{label} without it", other: "{label} without them" }),
    notEnough: "An area with fewer than half its questions answered shows “not enough answers” instead of a stage.",
    notesNotKept:
      "This browser could not keep your notes (its storage is full or turned off), and they are not in the link, so they would be lost. Include them in the link, or finish again to go on without them.",
  },
  share: {
    legend: "Your notes",
    kept: plural({
      one: "{n} note is kept in this browser only, and shown in your report here.",
      other: "{n} notes are kept in this browser only, and shown in your report here.",
    }),
    include: "Include my notes in the link",
    shared: "Anyone with the link can read your notes: whoever you send it to, and whoever they pass it on to.",
    ifShared: "If you include them, anyone with the link can read them.",
  },
  storage: {
    notSaving:
      "This browser is not saving your progress (storage may be full or turned off), so your answers will be lost if you reload or close this page. They are safe while the page stays open.",
    keep: "To keep them, finish the questionnaire, or open {link} and bookmark it.",
    link: "a results link with your answers so far",
  },
  conflict: {
    lead: "This questionnaire is also open in another tab or window,",
    rest: " and answers were just saved there. This tab has stopped saving so that neither overwrites the other.",
    mine: "This tab: {mine} of {total} answered.",
    cleared: "The other tab cleared its saved answers.",
    theirs: "The other tab: {theirs} of {total} answered.",
    keepMine: "Keep this tab's answers",
    useTheirs: "Use the other tab's answers",
  },
  carry: {
    invited:
      "{facilitator} invited you to answer (team: {team}). You take both assessments in one run and end on one link to send to {facilitator}; Outside-In sends nothing itself.",
    damagedInvitation:
      "The invitation in this address cannot be read, so your result will not come with a ready email to the person who invited you. {problem} You can still answer: at the end, copy your result link and send it to them yourself.",
    answeringAs: "Answering as {who}: it goes into your result link.",
    withResult: "Your {names} result comes along: when you finish, both are in one result link.",
    retaking:
      "You are retaking your result. {kept} of {total} answers are filled in from it; change only what has changed.",
    retakingFrom:
      "You are retaking your result from {date}. {kept} of {total} answers are filled in from it; change only what has changed.",
    fresh: plural({
      one: "{n} question is new or changed since then, marked “New since last time”.",
      other: "{n} questions are new or changed since then, marked “New since last time”.",
    }),
    loading: "Loading your earlier answers…",
    failed:
      "{problem} You can still take the assessment afresh; the link you came from is unchanged, so nothing is lost.",
    loadFailed: "The earlier answers could not be loaded: {error}.",
    /** A result the address carries and the page cannot read, said before the run; {problem} is the link's error. */
    leftOut: {
      with: "The result this link brings along from another assessment cannot be read, so it is left out: {problem}",
      retake: "The result to retake cannot be read, so no answers are filled in from it: {problem}",
    },
    /** How the intro words a carried result's error (the link's) and a damaged invitation's. */
    link,
    invitation: invitationLink,
  },
};

export type FlowMessages = typeof flow;
