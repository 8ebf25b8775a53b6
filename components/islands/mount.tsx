import type { ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import type { IslandName } from "@/components/shared/island";

/**
 * Hydrates one island from the props the page carries beside it (see Island). The props were
 * written by this same build from the same types, so they are read as they are: JSON.parse's
 * result is the value the server rendered with.
 */
export function mountIsland<P>(name: IslandName, render: (props: P) => ReactNode): void {
  const container = document.getElementById(`island-${name}`);
  const json = document.getElementById(`island-${name}-props`)?.textContent;
  if (!container || !json) return;
  const props: P = JSON.parse(json);
  // After a turn of the event loop: evaluating React is one task and hydrating another, rather
  // than one long one that holds up a tap on a slow phone.
  setTimeout(() => hydrateRoot(container, render(props)), 0);
}
