import { guardStorage, type Store } from "@/lib/storage/store";

/**
 * The one door to the browser's storage: every read and write in the site goes through it, so
 * none can throw (ESLint refuses localStorage anywhere else). Null in the static HTML, where
 * there is no browser.
 */
export const browserStore: Store = guardStorage(() => (typeof window === "undefined" ? null : window.localStorage));
