import { browserStore } from "@/components/shared/browser-storage";
import { HISTORY_KEY } from "@/lib/storage/keys";

/**
 * Islands that load only when their gate opens, checked before React is fetched. Most visitors
 * have no saved result: for them "Your latest results" costs this check and nothing more (under
 * 1 KB), and only a browser holding results fetches React and the panel.
 *
 * A gate must stay tiny: it runs on pages that otherwise ship no JavaScript.
 */
export const gates: Partial<Record<string, () => boolean>> = {
  latest: () => browserStore.read(HISTORY_KEY) !== null,
};
