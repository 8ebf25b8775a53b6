/**
 * What a damaged, old or cut invitation link is told (lib/invitation/token.ts): on the join page,
 * on the result of an invited run and in the team view. A module of its own, so the English that
 * the token reader keeps for code without a page is only these strings.
 */
export const invitationLink = {
  ask: "Ask the person who invited you for a fresh copy of the link.",
  kinds: {
    empty: "This link holds no invitation. {ask}",
    "not-a-result": "This is not an Outside-In invitation, or part of it was changed. {ask}",
    "newer-format":
      "This invitation was made by a newer version of Outside-In than this site runs. Open it on the site that made it.",
    truncated:
      "This invitation looks cut off: some characters are missing, which often happens when a link wraps in an email. Copy the whole link again. {ask}",
    extended:
      "This invitation has extra characters at the end, so it may have been pasted twice or edited. Copy the link again. {ask}",
    tampered: "This invitation does not pass its integrity check, so a character was changed or mistyped. {ask}",
    "too-large": "This link is far longer than any invitation, so it was not read. {ask}",
  },
  newerFormat:
    "This invitation was made in invitation format {format}, by a newer version of Outside-In than this site runs (it reads up to format {newest}). Open it on the site that made it.",
};

export type InvitationLinkMessages = typeof invitationLink;
