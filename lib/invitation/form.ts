import { DateSchema } from "../questionnaire/ids";
import { cleanLabel } from "../link/label";
import { nameKey, nameProblem } from "../shared/name-rule";
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

/** The first line of those invited that would show as nothing, said with its line number. */
function invitedProblem(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    const problem = nameProblem(line, `The name or role on line ${i + 1}`);
    if (problem) return problem;
  }
  return null;
}

/**
 * Two lines that the team view would take for one person (lib/shared/names.ts matches names
 * whatever their case, width or invisible characters), said with their line numbers: one of
 * them would never be counted as answered. Lines that are the same once cleaned are one line.
 */
function sameNameProblem(text: string): string | null {
  const first = new Map<string, { line: number; name: string }>();
  for (const [i, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const name = cleanLabel(raw);
    if (!name) continue;
    const seen = first.get(nameKey(name));
    if (!seen) first.set(nameKey(name), { line: i + 1, name });
    else if (seen.name !== name)
      return `Lines ${seen.line} and ${i + 1} ("${seen.name}" and "${name}") differ only in case, width or invisible characters, so the team view takes them for one person and one of them would never show as answered: keep one.`;
  }
  return null;
}

/**
 * Checks what a facilitator typed and says, field by field, what to change. Lengths are refused
 * rather than cut, so nobody's name is shortened without their knowing.
 */
export function checkInvitationFields(fields: InvitationFields): FormCheck {
  const problems: Partial<Record<InvitationField, string>> = {};
  const name = (text: string, field: InvitationField, what: string, subject: string) => {
    const clean = cleanLabel(text) ?? "";
    const invisible = nameProblem(text, subject);
    if (invisible) problems[field] = invisible;
    else if (clean === "") problems[field] = `Enter ${what}.`;
    else if (text.trim().length > MAX_NAME) problems[field] = `Keep ${what} to ${MAX_NAME} characters.`;
    return clean;
  };
  const team = name(fields.team, "team", "the team's name", "The team's name");
  const facilitator = name(fields.name, "name", "your name", "Your name");
  const email = fields.email.trim();
  if (email === "") problems.email = "Enter your email address, so people can send you their results.";
  else if (email.length > MAX_EMAIL) problems.email = `Keep the address to ${MAX_EMAIL} characters.`;
  else if (!isEmail(email)) problems.email = "Enter an email address like name@example.org.";
  const invited = namesOf(fields.invited);
  const invisible = invitedProblem(fields.invited);
  const twice = sameNameProblem(fields.invited);
  if (invisible) problems.invited = invisible;
  else if (twice) problems.invited = twice;
  else if (invited.length > MAX_INVITED)
    problems.invited = `List at most ${MAX_INVITED} people or roles; anyone else can still type their own role.`;
  else if (invited.some((r) => r.length > MAX_NAME)) problems.invited = `Keep each line to ${MAX_NAME} characters.`;
  const closes = fields.closes.trim();
  if (closes !== "" && !DateSchema.safeParse(closes).success)
    problems.closes = "Enter the closing date as year, month and day, like 2027-03-31.";
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
      problems: { invited: "This list is too long for one link: shorten the names, or list fewer." },
    };
  return { ok: true, value };
}
