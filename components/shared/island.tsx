import type { ReactNode } from "react";
import { inlineJson } from "@/lib/site/inline-json";

/** The interactive parts of the site, each bundled on its own by scripts/build/islands.ts. */
export type IslandName = "flow" | "results" | "compare" | "team" | "search" | "join" | "invite" | "latest";

type Props<P> = { name: IslandName; props: P; children: ReactNode };

/**
 * Marks an interactive part of a page: an island. Next renders it into the static HTML as usual
 * (and, in `next dev`, hydrates it as usual). The production export then drops Next's runtime
 * from the page and loads only this island's own bundle, which hydrates just this element from
 * the props written beside it: the app router's start-up and hydrating the whole page were most
 * of a report's blocking time on a phone (issue 11).
 *
 * `children` must be the island's component rendered with exactly `props`.
 */
export function Island<P>({ name, props, children }: Props<P>) {
  return (
    <>
      <div id={`island-${name}`} data-island={name}>
        {children}
      </div>
      <script
        type="application/json"
        id={`island-${name}-props`}
        dangerouslySetInnerHTML={{ __html: inlineJson(props) }}
      />
    </>
  );
}
