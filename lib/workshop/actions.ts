import * as z from "../zod-mini";
import { DateSchema, IdSchema } from "../questionnaire/ids";
import { cleanLabel } from "../link/label";
import { MAX_LABEL } from "../link/result-schema";
import { countOf } from "../shared/plural";
import { toCsv, type CsvValue } from "../results/csv";

/** Enough for one workshop's actions; more would be a backlog, not what a room agreed. */
export const MAX_ACTIONS = 30;
/** One sentence of what will be done: it must fit a task tool's title and a calendar entry. */
export const MAX_ACTION_TEXT = 200;

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
  /** Who will do it: a name or a role, as people write it. */
  owner: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_LABEL)),
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
  return [String(ACTION_FORMAT), about.questionnaireId, about.kind, about.id, due, owner, text].join("\n");
}

export type ActionsRead = { actions: Action[]; problems: string[] };

/** One line to clean a typed field with: no control characters, no line breaks. */
const oneLine = (text: string, max: number) => (cleanLabel(text.slice(0, max * 2)) ?? "").slice(0, max).trim();

/** The action from a typed form, cleaned, or why it cannot be one. */
export function actionFrom(fields: {
  about: ActionAbout;
  text: string;
  owner: string;
  due: string;
}): { ok: true; value: Action } | { ok: false; problem: string } {
  const text = oneLine(fields.text, MAX_ACTION_TEXT);
  const owner = oneLine(fields.owner, MAX_LABEL);
  if (!text) return { ok: false, problem: "Write what will be done." };
  if (!owner) return { ok: false, problem: "Name who will do it: a person or a role." };
  if (!DateSchema.safeParse(fields.due).success) return { ok: false, problem: "Choose the date it is due by." };
  const parsed = ActionSchema.safeParse({ ...fields, text, owner });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: "This action cannot be saved." };
}

/**
 * The actions of a team link's `a=` values. Never throws: an action that cannot be read is
 * left out and said, so the rest of the team view still opens (an old site reads none, a newer
 * format is named as such).
 */
export function decodeActions(values: readonly string[]): ActionsRead {
  const actions: Action[] = [];
  let damaged = 0;
  let newer = 0;
  for (const value of values.slice(0, MAX_ACTIONS)) {
    const [format, questionnaireId, kind, id, due, owner, text, ...rest] = value.split("\n");
    if (format !== undefined && /^\d+$/.test(format) && Number(format) > ACTION_FORMAT) {
      newer += 1;
      continue;
    }
    const parsed =
      format === String(ACTION_FORMAT) && rest.length === 0
        ? ActionSchema.safeParse({ about: { questionnaireId, kind, id }, due, owner, text })
        : null;
    if (parsed?.success && parsed.data.text === oneLine(parsed.data.text, MAX_ACTION_TEXT)) actions.push(parsed.data);
    else damaged += 1;
  }
  const problems: string[] = [];
  if (damaged > 0)
    problems.push(
      `${countOf(damaged, "action in this team link is", "actions in this team link are")} damaged and left out.`,
    );
  if (newer > 0)
    problems.push(
      `${countOf(newer, "action was", "actions were")} written by a newer version of Outside-In and cannot be shown here.`,
    );
  if (values.length > MAX_ACTIONS)
    problems.push(
      `Only the first ${MAX_ACTIONS} actions are read; ${countOf(values.length - MAX_ACTIONS, "more was", "more were")} left out.`,
    );
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
export function actionsCsv(actions: readonly (Action & { aboutText: string })[]): string {
  return toCsv([
    ["action", "owner", "due", "about"],
    ...actions.map((a): CsvValue[] => [a.text, a.owner, a.due, a.aboutText]),
  ]);
}
