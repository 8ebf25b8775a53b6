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
  hydrateRoot(container, render(props));
}
