import { DateSchema } from "../questionnaire/ids";
import { cleanLabel } from "../link/label";
import { fill, formatCountIn } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { InvitationProblemsMessages } from "../i18n/messages/en/invitation-problems";
import { nameKey, showsNothing } from "../shared/name-rule";
import { isEmail, MAX_EMAIL, MAX_INVITED, MAX_NAME, type Invitation } from "./schema";
import { encodeInvitation, MAX_TOKEN_LENGTH } from "./token";

/** The invitation maker's fields, as typed. Those invited are one per line. */
export type InvitationFields = {
  team: string;
  name: string;
  email: string;
  invited: string;
  closes: string;
};

export type InvitationField = keyof InvitationFields;

export type FormCheck =
  { ok: true; value: Invitation } | { ok: false; problems: Partial<Record<InvitationField, string>> };

/** Names typed one per line: cleaned, blank lines dropped, each named once. */
export function namesOf(text: string): string[] {
  const names = text.split(/\r\n|\r|\n/).map((line) => line.replace(/\s+/g, " ").trim());
  return [...new Set(names.filter((r) => r !== ""))];
}

/** The words the check says what to change in, and their language (English where no page asks). */
export type FormWords = { locale: Locale; m: InvitationProblemsMessages };

/** Why typed text cannot be a name (lib/shared/name-rule.ts), or null when it can. */
const nameProblem = (raw: string, subject: string, m: InvitationProblemsMessages) =>
  showsNothing(raw) ? fill(m.showsNothing, { subject }) : null;

/** The first line of those invited that would show as nothing, said with its line number. */
function invitedProblem(text: string, m: InvitationProblemsMessages): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    const problem = nameProblem(line, fill(m.lineSubject, { line: i + 1 }), m);
    if (problem) return problem;
  }
  return null;
}

/**
 * Two lines that the team view would take for one person (lib/shared/names.ts matches names
 * whatever their case, width or invisible characters), said with their line numbers: one of
 * them would never be counted as answered. Lines that are the same once cleaned are one line.
 */
function sameNameProblem(text: string, m: InvitationProblemsMessages): string | null {
  const first = new Map<string, { line: number; name: string }>();
  for (const [i, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const name = cleanLabel(raw);
    if (!name) continue;
    const seen = first.get(nameKey(name));
    if (!seen) first.set(nameKey(name), { line: i + 1, name });
    else if (seen.name !== name)
      return fill(m.sameName, { first: seen.line, second: i + 1, firstName: seen.name, secondName: name });
  }
  return null;
}

/**
 * Checks what a facilitator typed and says, field by field, what to change, in the page's words. Lengths are refused
 * rather than cut, so nobody's name is shortened without their knowing.
 */
export function checkInvitationFields(fields: InvitationFields, { locale, m }: FormWords): FormCheck {
  const problems: Partial<Record<InvitationField, string>> = {};
  const max = (n: number) => ({ max: formatCountIn(locale, n) });
  const name = (text: string, field: InvitationField, missing: string, tooLong: string, subject: string) => {
    const clean = cleanLabel(text) ?? "";
    const invisible = nameProblem(text, subject, m);
    if (invisible) problems[field] = invisible;
    else if (clean === "") problems[field] = missing;
    else if (text.trim().length > MAX_NAME) problems[field] = fill(tooLong, max(MAX_NAME));
    return clean;
  };
  const team = name(fields.team, "team", m.teamMissing, m.teamTooLong, m.teamSubject);
  const facilitator = name(fields.name, "name", m.nameMissing, m.nameTooLong, m.nameSubject);
  const email = fields.email.trim();
  if (email === "") problems.email = m.emailMissing;
  else if (email.length > MAX_EMAIL) problems.email = fill(m.emailTooLong, max(MAX_EMAIL));
  else if (!isEmail(email)) problems.email = m.emailInvalid;
  const invited = namesOf(fields.invited);
  const invisible = invitedProblem(fields.invited, m);
  const twice = sameNameProblem(fields.invited, m);
  if (invisible) problems.invited = invisible;
  else if (twice) problems.invited = twice;
  else if (invited.length > MAX_INVITED) problems.invited = fill(m.tooMany, max(MAX_INVITED));
  else if (invited.some((r) => r.length > MAX_NAME)) problems.invited = fill(m.lineTooLong, max(MAX_NAME));
  const closes = fields.closes.trim();
  if (closes !== "" && !DateSchema.safeParse(closes).success) problems.closes = m.closes;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const value: Invitation = {
    team,
    facilitator: { name: facilitator, email },
    // Cleaned as a result's label is, and named once however they were typed.
    ...(invited.length > 0 && { invited: [...new Set(invited.map((r) => cleanLabel(r) ?? r))] }),
    ...(closes !== "" && { closes }),
  };
  // The whole invitation travels in one link, which has a length it must stay within.
  if (encodeInvitation(value).length > MAX_TOKEN_LENGTH)
    return {
      ok: false,
      problems: { invited: m.tooLongForLink },
    };
  return { ok: true, value };
}
