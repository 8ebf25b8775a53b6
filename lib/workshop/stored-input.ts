import * as z from "../zod-mini";
import { parseJsonObject } from "../shared/json";
import { countOf } from "../shared/plural";

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
export function otherTabChange(known: string | null, now: string | null): string | null {
  if (now === known) return null;
  const stored = readStoredInput(now);
  if (!stored || (stored.text === "" && stored.invitation === "" && !stored.held?.length))
    return "Another tab of the team view cleared the list kept in this browser. This tab still shows its own; what you type or paste here is kept again.";
  const texts = [stored.text, ...(stored.held ?? []).map((h) => h.text)];
  const count = texts.reduce((n, t) => n + t.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "").length, 0);
  const lines = countOf(count, "line", "lines");
  return `Another tab of the team view changed the list kept in this browser (it now holds ${lines}). This tab still shows its own; what you type or paste here is kept instead of the other tab's. Reload this page to take the other tab's list.`;
}
