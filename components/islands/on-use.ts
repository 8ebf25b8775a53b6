/** What an island started on use loads: the hydration of one of its elements. */
export type Hydrator = { hydrate: (island: Element) => boolean };

/**
 * Signs that the person is about to use the island, on it (a mouse over it, focus in it) or
 * anywhere on the page (a phone's first touch, even to scroll, or a first key): its code starts
 * loading then, so that by the click there is little left to wait for.
 */
const ON_ISLAND = ["pointerover", "pointerdown", "focusin"] as const;
const ON_PAGE = ["touchstart", "keydown"] as const;

/**
 * Fetches what the island's first use loads, once the page has loaded, so it never competes with
 * the page itself: the build lists it as prefetches in a template (scripts/build/island-scripts.ts),
 * whose links do nothing until they are put in the page.
 */
function prefetchLater(name: string) {
  const add = () => {
    const later = document.querySelector<HTMLTemplateElement>(`template[data-island-later="${name}"]`);
    if (later) document.head.append(later.content.cloneNode(true));
  };
  if (document.readyState === "complete") add();
  else window.addEventListener("load", add, { once: true });
}

/**
 * Starts every instance of an island on first use (see `onUse` in gates.ts). Until then the page
 * shows the island's HTML as the build drew it and has run no React. A sign of use (see
 * ON_ISLAND and ON_PAGE) starts loading its code; the first click hydrates it and then goes
 * through, so the click that started it is not lost: React hydrates at once for a click on an
 * element not yet hydrated, then runs its handler. Further clicks while it loads are dropped, as
 * on a busy button. `needsStart` says when the drawn HTML is wrong for this visitor (it is asked
 * now, and again whenever the address's fragment or the browser's storage changes): then the
 * island starts at once, as any island does.
 */
export function startOnUse(name: string, needsStart: (island: Element) => boolean, load: () => Promise<Hydrator>) {
  prefetchLater(name);
  for (const island of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    let started = false;
    // The first click, and its target as it was then.
    let click: { event: MouseEvent; target: EventTarget | null } | null = null;
    const prepare = () => void load().catch(() => undefined);
    const holdClick = (event: MouseEvent) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      click ??= { event, target: event.target };
      start();
    };
    const recheck = () => needsStart(island) && start();
    const stopWaiting = () => {
      island.removeEventListener("click", holdClick, true);
      island.removeAttribute("aria-busy");
    };
    function start() {
      if (started) return;
      started = true;
      for (const type of ON_ISLAND) island.removeEventListener(type, prepare);
      for (const type of ON_PAGE) document.removeEventListener(type, prepare);
      window.removeEventListener("hashchange", recheck);
      window.removeEventListener("storage", recheck);
      island.setAttribute("aria-busy", "true");
      load().then(
        ({ hydrate }) => {
          // Clicks are held until the island is hydrated, not only until its code has come: a
          // click in between would reach a button nothing listens to yet, and be lost.
          const finish = () => {
            stopWaiting();
            const held = click;
            if (hydrate(island) && held?.target instanceof Element)
              held.target.dispatchEvent(new MouseEvent("click", held.event));
          };
          // Without a click to answer, React's start-up and the hydration stay two tasks (mount.tsx).
          if (click) finish();
          else setTimeout(finish, 0);
        },
        (error: unknown) => {
          stopWaiting();
          console.error(`The ${name} island could not load, so it stays as the page drew it:`, error);
        },
      );
    }
    island.addEventListener("click", holdClick, true);
    for (const type of ON_ISLAND) island.addEventListener(type, prepare, { passive: true, once: true });
    for (const type of ON_PAGE) document.addEventListener(type, prepare, { passive: true, once: true });
    window.addEventListener("hashchange", recheck);
    window.addEventListener("storage", recheck);
    recheck();
  }
}
