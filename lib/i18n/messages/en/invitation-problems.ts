/**
 * What the invitation maker says of a field to change (lib/invitation/form.ts). A module of its
 * own, so the English that the form check keeps for code without a page is only these strings.
 */
export const invitationProblems = {
  teamMissing: "Enter the team's name.",
  teamTooLong: "Keep the team's name to {max} characters.",
  teamSubject: "The team's name",
  nameMissing: "Enter your name.",
  nameTooLong: "Keep your name to {max} characters.",
  nameSubject: "Your name",
  emailMissing: "Enter your email address, so people can send you their results.",
  emailTooLong: "Keep the address to {max} characters.",
  emailInvalid: "Enter an email address like name@example.org.",
  lineSubject: "The name or role on line {line}",
  showsNothing:
    "{subject} holds only blank or invisible characters (such as zero-width spaces or fillers), so it would show as nothing. Type it with letters or digits.",
  sameName:
    'Lines {first} and {second} ("{firstName}" and "{secondName}") differ only in case, width or invisible characters, so the team view takes them for one person and one of them would never show as answered: keep one.',
  tooMany: "List at most {max} people or roles; anyone else can still type their own role.",
  lineTooLong: "Keep each line to {max} characters.",
  closes: "Enter the closing date as year, month and day, like 2027-03-31.",
  tooLongForLink: "This list is too long for one link: shorten the names, or list fewer.",
};

export type InvitationProblemsMessages = typeof invitationProblems;
