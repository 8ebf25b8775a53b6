import { createElement, type ComponentType } from "react";
import { hydrateRoot } from "react-dom/client";
import { parseJsonObject } from "@/lib/shared/json";

/**
 * The props written beside an island, as its component's props. What can go wrong in transit
 * (no script, text that is not a JSON object) is checked by the caller; the shape is not checked
 * again, on purpose, and this is the one place that says so: the props were typed as
 * `IslandProps<name> & JsonSafe<…>` where the page wrote them (island.tsx), by the same build
 * that generated this entry for this component, and they reach it inside the site's own HTML,
 * which no one else writes. A schema per island would ship zod and every island's shape to
 * every page to re-prove what the type checker proved at build time.
 */
function asPropsOf<P extends object>(_component: ComponentType<P>, value: object): P {
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- safe: see above.
  return value as P;
}

/** The props written beside one instance of an island; null (said in the console) when unreadable. */
function propsOf<P extends object>(name: string, component: ComponentType<P>, container: Element): P | null {
  const script = container.nextElementSibling;
  const props = script?.getAttribute("data-island-props") === name ? parseJsonObject(script.textContent) : null;
  if (props !== null) return asPropsOf(component, props);
  // The page still shows what was rendered at build time; say why it does not respond.
  console.error(`The ${name} island has no readable props beside it, so it stays as the page drew it.`);
  return null;
}

/** Hydrates one instance of an island now; false when it has no readable props (it stays as drawn). */
export function hydrateIsland<P extends object>(
  name: string,
  component: ComponentType<P>,
  container: Element,
): boolean {
  const props = propsOf(name, component, container);
  if (props) hydrateRoot(container, createElement(component, props));
  return props !== null;
}

/**
 * Hydrates every instance of one island on the page (see Island), each from the props written
 * right after it. Run by the entry the build generates for each registry export.
 */
export function mountIsland<P extends object>(name: string, component: ComponentType<P>): void {
  for (const container of document.querySelectorAll(`[data-island="${name}"]`)) {
    const props = propsOf(name, component, container);
    if (!props) continue;
    // After a turn of the event loop: evaluating React is one task and hydrating another, rather
    // than one long one that holds up a tap on a slow phone.
    setTimeout(() => hydrateRoot(container, createElement(component, props)), 0);
  }
}
