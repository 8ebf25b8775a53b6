import { DateSchema } from "../questionnaire/ids";
import { cleanLabel } from "../link/label";
import { nameProblem } from "../shared/names";
import { isEmail, MAX_EMAIL, MAX_NAME, MAX_ROLES, type Invitation } from "./schema";

/** The invitation maker's fields, as typed. Roles are one per line. */
export type InvitationFields = {
  team: string;
  name: string;
  email: string;
  roles: string;
  closes: string;
};

export type InvitationField = keyof InvitationFields;

export type FormCheck =
  { ok: true; value: Invitation } | { ok: false; problems: Partial<Record<InvitationField, string>> };

/** The roles typed one per line: cleaned, blank lines dropped, each named once. */
export function rolesOf(text: string): string[] {
  const roles = text.split(/\r\n|\r|\n/).map((line) => line.replace(/\s+/g, " ").trim());
  return [...new Set(roles.filter((r) => r !== ""))];
}

/** The first role line that would show as nothing, said with its line number. */
function roleProblem(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    const problem = nameProblem(line, `The role on line ${i + 1}`);
    if (problem) return problem;
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
  const roles = rolesOf(fields.roles);
  const invisibleRole = roleProblem(fields.roles);
  if (invisibleRole) problems.roles = invisibleRole;
  else if (roles.length > MAX_ROLES)
    problems.roles = `List at most ${MAX_ROLES} roles; people can still type their own.`;
  else if (roles.some((r) => r.length > MAX_NAME)) problems.roles = `Keep each role to ${MAX_NAME} characters.`;
  const closes = fields.closes.trim();
  if (closes !== "" && !DateSchema.safeParse(closes).success)
    problems.closes = "Enter the closing date as year, month and day, like 2027-03-31.";
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      team,
      facilitator: { name: facilitator, email },
      // Cleaned as a result's label is, and named once however they were typed.
      ...(roles.length > 0 && { roles: [...new Set(roles.map((r) => cleanLabel(r) ?? r))] }),
      ...(closes !== "" && { closes }),
    },
  };
}
