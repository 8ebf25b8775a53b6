import { createElement, type ComponentType } from "react";
import type { JsonSafe } from "@/lib/shared/json";
import { inlineJson } from "@/lib/site/inline-json";
import * as registry from "./registry";

type Registry = typeof registry;
export type IslandName = keyof Registry;
/** Any component in the registry. */
export type IslandComponent = Registry[IslandName];

const NAMES = Object.keys(registry).filter((name): name is IslandName => name in registry);

/** The registry's name for a component; an error (failing the build) for one it lacks. */
export function islandName(component: unknown): IslandName {
  const name = NAMES.find((n) => registry[n] === component);
  if (name) return name;
  throw new Error(
    "<Island of={…}> got a component that is not in components/islands/registry.ts: add it there, or it would never run in the browser.",
  );
}

type Props<P extends object> = {
  /** The island's component, from the registry. */
  of: ComponentType<P> & IslandComponent;
  /** Its props: written once, rendered here and read back by the island in the browser. */
  props: P & JsonSafe<P>;
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
 */
export function Island<P extends object>({ of, props }: Props<P>) {
  const name = islandName(of);
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
