import * as z from "../zod-mini";
import { parseJsonObject } from "../shared/json";
import { fill, formatCountIn, pluralIn } from "../i18n/format";
import type { TeamText } from "../team/text";

/** Where the team view keeps what was pasted into it, in this browser only, until it is cleared. */
export const TEAM_INPUT_KEY = "outside-in:team-input";

/** What is kept: the box's text and the invitation link typed beside it, as they were typed. */
export const StoredTeamInputSchema = z.object({
  format: z.literal(1),
  text: z.string(),
  invitation: z.string(),
});

export type StoredTeamInput = z.infer<typeof StoredTeamInputSchema>;

export function writeStoredInput(text: string, invitation: string): string {
  const stored: StoredTeamInput = { format: 1, text, invitation };
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
  if (!stored || (stored.text === "" && stored.invitation === "")) return words.otherTabCleared;
  const n = stored.text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "").length;
  const lines = fill(pluralIn(locale, n, words.lines), { n: formatCountIn(locale, n) });
  return fill(words.otherTabChanged, { lines });
}
