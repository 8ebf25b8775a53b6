import * as z from "../zod-mini";
import { parseJsonObject } from "../shared/json";

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
