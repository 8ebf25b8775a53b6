import { createElement, type ComponentType, type ReactNode } from "react";
import type { JsonSafe } from "@/lib/shared/json";
import { inlineJson } from "@/lib/site/inline-json";
import * as enhancers from "./enhancers";
import * as registry from "./registry";

/** Any component in the registry. */
export type IslandComponent = (typeof registry)[keyof typeof registry];
/** Any script in enhancers.ts. */
export type IslandEnhancer = (typeof enhancers)[keyof typeof enhancers];

const ISLANDS: [string, unknown][] = [...Object.entries(registry), ...Object.entries(enhancers)];

/** The name a component or enhancer has in the registries; an error (failing the build) for one they lack. */
export function islandName(island: unknown): string {
  const found = ISLANDS.find(([, value]) => value === island);
  if (found) return found[0];
  throw new Error(
    "<Island of={…}> got something that is not in components/islands/registry.ts or enhancers.ts: add it there, or it would never run in the browser.",
  );
}

type ComponentIsland<P extends object> = {
  /** The island's component, from the registry. */
  of: ComponentType<P> & IslandComponent;
  /** Its props: written once, rendered here and read back by the island in the browser. */
  props: P & JsonSafe<P>;
};

type EnhancerIsland = {
  /** The island's script, from enhancers.ts: it takes the HTML below as it is. */
  of: IslandEnhancer;
  children: ReactNode;
};

/**
 * An interactive part of a page. Next renders the component into the static HTML as usual
 * (and, in `next dev`, hydrates it as usual). The export then drops Next's runtime from the
 * page and loads only this island's bundle, which hydrates this element from the props written
 * beside it: the app router's start-up and hydrating the whole page were most of a report's
 * blocking time on a phone (issue 11). See docs/architecture.md.
 *
 * The props travel as JSON, so a prop that JSON would change (a function, a Date) is a type
 * error here. Several instances of one island on a page each keep their own props.
 *
 * An enhancer island (enhancers.ts) has no props: it wraps server-rendered HTML, which its
 * script brings to life without React.
 */
export function Island<P extends object>(island: ComponentIsland<P> | EnhancerIsland) {
  const name = islandName(island.of);
  if (!("props" in island)) return <div data-island={name}>{island.children}</div>;
  const { of, props } = island;
  return (
    <>
      <div data-island={name}>{createElement(of, props)}</div>
      <script
        type="application/json"
        data-island-props={name}
        dangerouslySetInnerHTML={{ __html: inlineJson(props) }}
      />
    </>
  );
}
