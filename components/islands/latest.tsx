import { browserStore } from "@/components/shared/browser-storage";
import { HISTORY_KEY } from "@/lib/storage/keys";

// A lazy island: most visitors have no saved result, and for them the page loads this check and
// nothing more, no React. Only a browser holding results fetches the panel and hydrates it.
if (browserStore.read(HISTORY_KEY)) void import("./lazy/latest-panel");
