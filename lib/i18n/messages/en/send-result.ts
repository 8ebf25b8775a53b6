import { invitationLink } from "./invitation-link";

/**
 * The end of an invited run on the results page (components/invitation/send-result.tsx): the
 * result sent to the facilitator, its email, and what is said when the invitation is lost.
 */
export const sendResult = {
  title: "Send to {name}",
  ready:
    "Your result is ready. Send its link to {name}, who is gathering the leaders’ views before the workshop (team: {team}). Outside-In sends nothing: the email goes from your own mail program, and only when you send it.",
  email: "Email my result to {name}",
  copy: "Copy my result link",
  copied: "Result link copied.",
  copyBlocked: "Copying was blocked by the browser: select the link and copy it by hand.",
  yourLink: "Your result link:",
  lost: "This result came through an invitation that cannot be read, so there is no ready email to the person who invited you: copy your result link and send it to them yourself. {problem}",
  // The email, written as the respondent would write it.
  mail: {
    subject: "My Outside-In result ({team})",
    hello: "Hello {name},",
    intro: "Here is my result link for the workshop:",
    team: "Team: {team}",
    holds: "The link holds my answers. Outside-In sent nothing anywhere: this email is the only copy I am sending.",
  },
  invitationLink,
};

export type SendResultMessages = typeof sendResult;
