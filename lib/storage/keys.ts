/**
 * Storage keys that code without zod needs: the home page's panel checks this one before it
 * loads anything else, so a browser with no saved result downloads no more than that check.
 */
export const HISTORY_KEY = "outside-in:history";
