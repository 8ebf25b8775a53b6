import { estimate } from "./estimate";
import { invitationLink } from "./invitation-link";
import { invitationProblems } from "./invitation-problems";

/** Invitations: the page an invitation link opens, its form, and "Invite leaders" on the team page. */
export const invitation = {
  join: {
    reading: "Reading your invitation…",
    cannotOpen: "This invitation cannot be opened",
    noInvitation:
      "This page opens an invitation link from a facilitator, and this address holds none. Ask them for the link they made.",
    alone: "Take the assessment on your own",
    invites:
      "{facilitator} invites you to give your own view of how customer-centric the organisation is, before a workshop.",
    team: "Team: {team}",
    answerBy: "Please answer by {date}.",
    closed:
      "The closing date, {date}, has passed. Your view is still worth giving: you can answer as usual, and {facilitator} will see your result whenever you send it.",
    both: "Two questionnaires, one after the other, {estimate}.",
    private: "Your answers are scored in this browser. Nothing is sent anywhere while you answer.",
    send: "At the end you send your result link to {facilitator} yourself, by email or by copying it. Outside-In sends nothing.",
  },
  form: {
    asInvited: "Who you are, as invited",
    role: "Your role",
    chooseLine: "Choose your line…",
    chooseRole: "Choose your role…",
    notListed: "Not on the list (type your role)",
    otherRole: "Another role (type it)",
    ownWords: "Your role, in your words",
    organisation: "Organisation",
    optional: "(optional)",
    start: "Start",
    required: "Choose or type your role: it is how the facilitator tells the answers apart.",
    showsNothing:
      "{subject} holds only blank or invisible characters (such as zero-width spaces or fillers), so it would show as nothing. Type it with letters or digits.",
    roleSubject: "Your role",
    orgSubject: "Your organisation",
  },
  invite: {
    title: "Invite leaders",
    hint: "One link for the whole team: they answer, then email you their result",
    about:
      "The invitation lives in its link: your name and email, the team and who is invited travel inside it and are stored nowhere. Each leader picks their line, answers both assessments, and ends on a ready email to you with their result link; the team view then shows who has answered. The site sends nothing; you and they send the emails.",
    team: "Team name",
    name: "Your name",
    email: "Your email",
    invited: "Who is invited",
    invitedNote: "(optional, one per line: a role or a person)",
    invitedHint:
      "Each leader picks their own line, and it becomes the name on their result, so the team view can show who has answered. Anyone else can still type their role.",
    closes: "Closing date",
    optional: "(optional)",
    make: "Make the invitation link",
    link: "Invitation link",
    copy: "Copy invitation link",
    copied: "Invitation link copied.",
    mail: "Email the invitation",
    preview: "See what leaders see",
    teamView: "Open the team view for this invitation",
  },
  copyBlocked: "Copying was blocked by the browser: select the link and copy it by hand.",
  sendsNothing: "Outside-In sends nothing: this email goes only if you send it, and your answers are in the link.",
  // The email a facilitator sends to invite leaders (lib/invitation/mail.ts), in their words.
  mail: {
    subject: "Two short questionnaires before our workshop ({team})",
    hello: "Hello,",
    body: "Before we meet, I would like each leader's own view of how customer-centric the organisation is today. It takes {estimate}: two questionnaires, one after the other.",
    team: "Team: {team}",
    answerBy: "Please answer by: {date}",
    start: "Start here:",
    private:
      "Your answers are scored in your browser. At the end you send your result link to me yourself: Outside-In sends nothing and stores nothing.",
  },
  // The same objects as their own modules: the email says how long it takes, the form and the
  // join page say what is wrong.
  estimate,
  problems: invitationProblems,
  link: invitationLink,
};

export type InvitationMessages = typeof invitation;
