import * as z from "../zod-mini";
import { parseJsonObject } from "../shared/json";
import { fill, formatCountIn, pluralIn } from "../i18n/format";
import type { TeamText } from "../team/text";

/** Where the team view keeps what was pasted into it, in this browser only, until it is cleared. */
export const TEAM_INPUT_KEY = "outside-in:team-input";

/**
 * What is kept: the box's text and the invitation link typed beside it, as they were typed, and
 * the texts held beside the box (lib/team-input/beside-the-box.ts), which a reload must not pour
 * into the box. Kept before texts were held, a value has none, and reads as such.
 */
export const StoredTeamInputSchema = z.object({
  format: z.literal(1),
  text: z.string(),
  invitation: z.string(),
  held: z.optional(z.array(z.object({ name: z.string(), text: z.string() }))),
});

export type StoredTeamInput = z.infer<typeof StoredTeamInputSchema>;

export function writeStoredInput(
  text: string,
  invitation: string,
  held: readonly { name: string; text: string }[] = [],
): string {
  const stored: StoredTeamInput = {
    format: 1,
    text,
    invitation,
    ...(held.length > 0 && { held: held.map(({ name, text }) => ({ name, text })) }),
  };
  return JSON.stringify(stored);
}

/** What was kept, or null when nothing was, or what was kept cannot be read (it is then left alone). */
export function readStoredInput(raw: string | null | undefined): StoredTeamInput | null {
  const parsed = StoredTeamInputSchema.safeParse(parseJsonObject(raw));
  return parsed.success ? parsed.data : null;
}

/**
 * What to tell a tab of the team view when another tab changed what this browser keeps (a
 * "storage" event): `known` is what this tab last read or wrote there, `now` what is there now.
 * Null when nothing changed. The change is said, never taken in silently: the box keeps what this
 * tab shows, and the person chooses.
 */
export function otherTabChange(
  known: string | null,
  now: string | null,
  { locale, teamInput: words }: Pick<TeamText, "locale" | "teamInput">,
): string | null {
  if (now === known) return null;
  const stored = readStoredInput(now);
  if (!stored || (stored.text === "" && stored.invitation === "" && !stored.held?.length)) return words.otherTabCleared;
  const texts = [stored.text, ...(stored.held ?? []).map((h) => h.text)];
  const n = texts.reduce((sum, t) => sum + t.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "").length, 0);
  const lines = fill(pluralIn(locale, n, words.lines), { n: formatCountIn(locale, n) });
  return fill(words.otherTabChanged, { lines });
}
