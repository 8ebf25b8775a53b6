/**
 * What a damaged, tampered, old, cut or rewritten result link is told, by kind (lib/link/errors.ts),
 * on /results/ and /compare/. `{ask}` is the advice most messages end with.
 */
export const link = {
  ask: "Ask the person who sent it for a fresh copy, or take the assessment yourself.",
  kinds: {
    empty: "This page shows a result held in its link, and this link holds none. Take an assessment to get one.",
    "not-a-result": "This link is not an Outside-In result link, or part of it was changed. {ask}",
    "newer-format":
      "This result link was made by a newer version of Outside-In than this site runs. Open it on the site that made it, or ask the site's owner to update.",
    "unknown-questionnaire":
      "This link refers to a questionnaire this site does not offer, so it may come from a different site. {ask}",
    "unknown-version":
      "This link was made with a version of the questionnaire this site does not know. Open it on the site that made it, or ask its owner to update.",
    truncated:
      "This link looks cut off: some characters are missing, which often happens when a link wraps in an email. Copy the whole link again. {ask}",
    extended:
      "This link has extra characters at the end of the answers, so it may have been pasted twice or edited. Copy the link again. {ask}",
    tampered:
      "The answers in this link do not pass their integrity check, so a character was changed or mistyped. {ask}",
    "too-large": "This link is far longer than any result link, so it was not read. {ask}",
    wrapped: "This link was rewritten by a mail or chat system, and the result link inside it cannot be read. {ask}",
  },
  withDetail: "{message} ({detail})",
  versionOf: "version {version} of {title}",
  newerVersion:
    "This link was made with version {version} of {title}, newer than this site knows (it runs up to version {newest}). Open it on the site that made it, or ask the site's owner to update.",
  newerFormat:
    "This result link was made in link format {format}, by a newer version of Outside-In than this site runs (it reads up to format {newest}). Open it on the site that made it, or ask the site's owner to update.",
  wrappedElsewhere: "{name} keeps the real address on its own server, so the result is not inside this link.",
  wrappedDamaged: "The result link inside this {name} address is missing or damaged.",
  wrappedBy:
    "This link was rewritten by {name}. {why} Open it in your browser, then copy the address of the results page it opens (the part after /results/# is the result) and paste that instead, or ask the sender to send the result link again as plain text.",
  inEarlier: "{message} The problem is in the earlier result this link carries for comparison.",
  leftOut: "{what} could not be read, so it is left out. {message}",
  broughtAlong: "The result you brought from the other assessment",
  retook: "The result you retook",
  // Why a line of the team box was not counted (lib/team-input/reasons.ts).
  lines: {
    noLink: "There is no result link in this line.",
    tooMany: "This line holds more than {max} links; the rest of it was not read.",
    onlyTheFirst: "Only the first {limit} links are read.",
    sameResult: "Same result as line {line}: counted once.",
    sameAnswers: "Same answers as line {line}, with {differences}: counted once, as line {line} gives it.",
    retook: "Earlier result of the same leader, which line {line} retook: counted once, as line {line} gives it.",
    noDate: "no date",
    dateLacking: "a date line {line} lacks",
    names: "its names typed otherwise",
    targets: "other targets",
    and: "{a} and {b}",
  },
};

export type LinkMessages = typeof link;
