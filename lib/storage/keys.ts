/**
 * Storage keys that code without zod needs: the home page's panel checks one before it loads
 * anything else, so a browser with no saved result downloads no more than that check, and the
 * question page checks both before it loads React (components/islands/gates.ts).
 */
export const HISTORY_KEY = "outside-in:history";

/** Where this browser keeps a questionnaire's unfinished run. */
export const progressKey = (questionnaireId: string) => `outside-in:progress:${questionnaireId}`;
