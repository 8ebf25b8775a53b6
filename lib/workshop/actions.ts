import * as z from "../zod-mini";
import { DateSchema, IdSchema } from "../questionnaire/ids";
import { cleanLabel } from "../link/label";
import { MAX_LABEL } from "../link/result-schema";
import { fill, formatDateIn, pluralIn, type Plural } from "../i18n/format";
import { cutAtGraphemes } from "../shared/invisible";
import { cleanName, nameProblem } from "../shared/name-rule";
import { toCsv, type CsvValue } from "../results/csv";
import type { TeamText } from "../team/text";

/** Enough for one workshop's actions; more would be a backlog, not what a room agreed. */
export const MAX_ACTIONS = 30;
/**
 * A sentence or two of what will be done: it must fit a task tool's title and a calendar entry.
 * Kept whole up to here; longer is refused where it is typed, and shown cut (and said to be)
 * where a link carries it.
 */
export const MAX_ACTION_TEXT = 200;
/**
 * The years a due date may fall in. Outside them it is a slip of the keyboard (0027 for 2027),
 * which a calendar would file two thousand years away.
 */
export const EARLIEST_DUE_YEAR = 2000;
export const LATEST_DUE_YEAR = 2100;

/** What an action is about: an area of a questionnaire, or one of its disputed questions. */
export const ActionAboutSchema = z.object({
  questionnaireId: IdSchema,
  kind: z.literal(["area", "question"]),
  id: IdSchema,
});

/** One action agreed in the workshop, as it travels in the team link. */
export const ActionSchema = z.object({
  about: ActionAboutSchema,
  /** What will be done, in one line. */
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_ACTION_TEXT)),
  /** Who will do it: a name or a role, as people write it; absent when a link's showed as nothing. */
  owner: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_LABEL))),
  /** By when, YYYY-MM-DD. */
  due: DateSchema,
});

export type Action = z.infer<typeof ActionSchema>;
export type ActionAbout = z.infer<typeof ActionAboutSchema>;

/**
 * The format of one action in a team link: `1` then the fields, one per line (a line break
 * cannot be in any of them: ids are kebab-case, names and text are cleaned to one line).
 * URLSearchParams writes the line breaks as %0A. A newer site may write a higher number.
 */
export const ACTION_FORMAT = 1;

/** One action as the value of an `a=` parameter of a team link. */
export function encodeAction({ about, text, owner, due }: Action): string {
  return [String(ACTION_FORMAT), about.questionnaireId, about.kind, about.id, due, owner ?? "", text].join("\n");
}

/** Whether a due date (YYYY-MM-DD) falls in the years a workshop plans for. */
export function isSensibleDue(due: string): boolean {
  const year = Number(due.slice(0, 4));
  return year >= EARLIEST_DUE_YEAR && year <= LATEST_DUE_YEAR;
}

/** Text as names are cleaned (lib/shared/names.ts): one line, nothing invisible, never cut. */
const cleaned = (text: string) => cleanName(text, text.length);

export type ActionsRead = { actions: Action[]; problems: string[] };

/** The action from a typed form, cleaned, or why it cannot be one. */
export function actionFrom(
  fields: {
    about: ActionAbout;
    text: string;
    owner: string;
    due: string;
  },
  { workshop: w }: Pick<TeamText, "workshop">,
): { ok: true; value: Action } | { ok: false; problem: string } {
  const text = cleaned(fields.text);
  const owner = cleaned(fields.owner);
  const refuse = (problem: string) => ({ ok: false as const, problem });
  if (!text) return refuse(w.writeWhat);
  if (text.length > MAX_ACTION_TEXT) return refuse(fill(w.actionTooLong, { max: MAX_ACTION_TEXT, n: text.length }));
  // Asked only whether the owner shows as nothing: the words are the team view's.
  if (nameProblem(fields.owner, "")) return refuse(w.ownerInvisible);
  if (!owner) return refuse(w.nameOwner);
  if (owner.length > MAX_LABEL) return refuse(fill(w.ownerTooLong, { max: MAX_LABEL }));
  if (!DateSchema.safeParse(fields.due).success) return refuse(w.chooseDue);
  if (!isSensibleDue(fields.due)) return refuse(fill(w.dueRange, { from: EARLIEST_DUE_YEAR, to: LATEST_DUE_YEAR }));
  const parsed = ActionSchema.safeParse({ ...fields, text, owner });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: w.cannotSave };
}

/**
 * The actions of a team link's `a=` values. Never throws, and never leaves one out unsaid: an
 * action that cannot be read is left out and counted, a text longer than MAX_ACTION_TEXT is
 * cut (with "…") and counted, an owner that shows as nothing is left blank and counted, a due
 * date outside the years a workshop plans for is named. An old site reads none; a newer
 * format is named as such.
 */
export function decodeActions(values: readonly string[], text: TeamText): ActionsRead {
  const actions: Action[] = [];
  let damaged = 0;
  const newer: number[] = [];
  let cut = 0;
  let blank = 0;
  const farOff: string[] = [];
  for (const value of values.slice(0, MAX_ACTIONS)) {
    const [format, questionnaireId, kind, id, due = "", owner = "", words = "", ...rest] = value.split("\n");
    if (format !== undefined && /^\d+$/.test(format) && Number(format) > ACTION_FORMAT) {
      newer.push(Number(format));
      continue;
    }
    const whole = cleaned(words);
    const shown = whole && whole.length > MAX_ACTION_TEXT ? `${cutAtGraphemes(whole, MAX_ACTION_TEXT - 1)}…` : whole;
    const who = cleanLabel(owner);
    const parsed =
      format === String(ACTION_FORMAT) && rest.length === 0
        ? ActionSchema.safeParse({ about: { questionnaireId, kind, id }, due, text: shown, ...(who && { owner: who }) })
        : null;
    if (!parsed?.success) damaged += 1;
    else if (!isSensibleDue(parsed.data.due)) farOff.push(formatDateIn(text.locale, parsed.data.due));
    else {
      if (shown !== whole) cut += 1;
      if (!who && owner.trim() !== "") blank += 1;
      actions.push(parsed.data);
    }
  }
  const w = text.workshop;
  const say = (n: number, forms: Plural, values: Record<string, string | number> = {}) =>
    fill(pluralIn(text.locale, n, forms), { n, ...values });
  const years = { from: EARLIEST_DUE_YEAR, to: LATEST_DUE_YEAR };
  const problems: string[] = [];
  if (damaged > 0) problems.push(say(damaged, w.actionsDamaged));
  if (cut > 0) problems.push(say(cut, w.actionsCut, { max: MAX_ACTION_TEXT }));
  if (blank > 0) problems.push(say(blank, w.actionsBlank));
  if (farOff.length > 0) problems.push(say(farOff.length, w.actionsFarOff, { ...years, dates: farOff.join(", ") }));
  if (newer.length > 0) {
    const formats = [...new Set(newer)].sort((a, b) => a - b).map(String);
    problems.push(
      say(newer.length, w.actionsNewer, {
        formats: formats.join(text.team.and),
        format: ACTION_FORMAT,
      }),
    );
  }
  if (values.length > MAX_ACTIONS)
    problems.push(say(values.length - MAX_ACTIONS, w.actionsTooMany, { max: MAX_ACTIONS }));
  return { actions, problems };
}

/** The actions in the order a workshop reads them: by due date, then as they were written. */
export function byDueDate<T extends Action>(actions: readonly T[]): T[] {
  return actions
    .map((action, i) => ({ action, i }))
    .sort((a, b) => a.action.due.localeCompare(b.action.due) || a.i - b.i)
    .map(({ action }) => action);
}

/** The actions as CSV for a task tool: one row each, in the site's one safe CSV writer. */
export function actionsCsv(
  actions: readonly (Action & { aboutText: string })[],
  { workshop: w }: Pick<TeamText, "workshop">,
): string {
  const h = w.actionsCsv;
  return toCsv([
    [h.action, h.owner, h.due, h.about],
    ...actions.map((a): CsvValue[] => [a.text, a.owner ?? "", a.due, a.aboutText]),
  ]);
}
