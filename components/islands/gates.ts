import { browserStore } from "@/components/shared/browser-storage";
import { HISTORY_KEY, progressKey } from "@/lib/storage/keys";

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

/**
 * Islands whose HTML, as the build drew it, is right for a first visit until the person uses
 * it: React and the island load on the first sign of use and hydrate on the first click, which
 * then goes through (components/islands/on-use.ts). Each one's check says when the drawn HTML is
 * wrong for this visitor, and the island then starts at once, as any island does.
 *
 * The question flow's intro is the same for everyone who brings nothing: on a phone, starting
 * React and hydrating it were a quarter to a third of the page's main-thread time
 * (docs/decisions/0007-flow-starts-on-use.md). An address with a
 * fragment (a result, retake or invitation carried along), progress saved for this
 * questionnaire, or earlier results change what the intro shows.
 */
export const onUse: Partial<Record<string, (island: Element) => boolean>> = {
  flow: (island) => {
    const id = island.querySelector("[data-questionnaire]")?.getAttribute("data-questionnaire");
    const holds = (key: string) => typeof browserStore.read(key) === "string";
    return window.location.hash.length > 1 || holds(HISTORY_KEY) || (id != null && holds(progressKey(id)));
  },
};
