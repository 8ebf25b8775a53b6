import * as z from "../zod-mini";
import { DateSchema } from "../questionnaire/ids";
import { MAX_LABEL } from "../link/result-schema";
import { hasVisible } from "../shared/name-rule";

/** Longest team, facilitator or role name: a role becomes a result's label, which is cut there. */
export const MAX_NAME = MAX_LABEL;
/** The longest address the mail standards allow. */
export const MAX_EMAIL = 254;
/** Enough roles for any leadership team; more would make a list nobody reads. */
export const MAX_ROLES = 12;
/**
 * People or roles invited, each picked by one respondent: a leadership team and its directs.
 * The token's length (MAX_TOKEN_LENGTH) may stop a list of long names sooner.
 */
export const MAX_INVITED = 40;

const unique = (what: string) =>
  z.refine<string[]>((names) => new Set(names).size === names.length, `${what} must not repeat`);

/**
 * An address as people type one: no spaces, one "@", a dotted domain. Letters of any script
 * are allowed; characters that would need escaping in a mailto: link (`?`, `&`, `#`, `%`) are
 * not, since no real address needs them.
 */
const EMAIL_SHAPE = /^(?!\.)(?!.*\.\.)[\p{L}\p{N}._+'-]+(?<!\.)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** A name shown to people: trimmed, one line, never empty, never only invisible characters. */
export const NameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(MAX_NAME),
    z.refine(hasVisible, "a name needs at least one visible character"),
  );

export const EmailSchema = z.string().check(z.trim(), z.maxLength(MAX_EMAIL), z.regex(EMAIL_SHAPE));

/** What an invitation link carries. The site never stores it: it lives in the link alone. */
export const InvitationSchema = z.object({
  /** The team or organisation the leaders belong to, e.g. "Northwind leadership team". */
  team: NameSchema,
  /** Who runs the workshop and receives the results. */
  facilitator: z.object({ name: NameSchema, email: EmailSchema }),
  /** Roles a respondent may pick from; they may still type another. */
  roles: z.optional(z.array(NameSchema).check(z.maxLength(MAX_ROLES), unique("roles"))),
  /**
   * Who is invited, one person or role each (format 2 on): each respondent picks their own, it
   * becomes their result's label, and the team view shows who has answered and who has not.
   */
  invited: z.optional(z.array(NameSchema).check(z.maxLength(MAX_INVITED), unique("invited"))),
  /** The day results are wanted by, YYYY-MM-DD. Past it, people may still answer. */
  closes: z.optional(DateSchema),
});

export type Invitation = z.infer<typeof InvitationSchema>;

export function isEmail(text: string): boolean {
  return text.length <= MAX_EMAIL && EMAIL_SHAPE.test(text);
}

/** True when a closing date (YYYY-MM-DD) is before today (YYYY-MM-DD): the last day still counts. */
export function hasClosed(closes: string | undefined, today: string): boolean {
  return closes !== undefined && closes < today;
}
