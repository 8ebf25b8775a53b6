import * as z from "../zod-mini";
import { parseJsonObject } from "../shared/json";
import { countOf } from "../shared/plural";

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
export function otherTabChange(known: string | null, now: string | null): string | null {
  if (now === known) return null;
  const stored = readStoredInput(now);
  if (!stored || (stored.text === "" && stored.invitation === ""))
    return "Another tab of the team view cleared the list kept in this browser. This tab still shows its own; what you type or paste here is kept again.";
  const lines = countOf(stored.text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "").length, "line", "lines");
  return `Another tab of the team view changed the list kept in this browser (it now holds ${lines}). This tab still shows its own; what you type or paste here is kept instead of the other tab's. Reload this page to take the other tab's list.`;
}
