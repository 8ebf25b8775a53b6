import { createElement, type Attributes, type ComponentProps, type FunctionComponent, type ReactNode } from "react";
import type { JsonSafe } from "@/lib/shared/json";
import { inlineJson } from "@/lib/site/inline-json";
import * as enhancers from "./enhancers";
import * as registry from "./registry";

/** The registry's islands, by name. */
export type Registry = typeof registry;
/** A component island's name: an export of registry.ts. */
export type IslandName = keyof Registry;
/** An enhancer's name: an export of enhancers.ts. */
export type EnhancerName = keyof typeof enhancers;
/** The props each component island takes, as its component declares them. */
type PropsOf = { [K in IslandName]: ComponentProps<Registry[K]> };
/** The props a component island takes. */
export type IslandProps<N extends IslandName> = PropsOf[N];

type ComponentIsland<N extends IslandName> = {
  /** The island's name in registry.ts. */
  name: N;
  /**
   * Its props: written once, rendered here and read back by the island in the browser. (React's
   * `Attributes`, an optional key, lets the props pass to createElement for any name.)
   */
  props: Attributes & IslandProps<N> & JsonSafe<IslandProps<N>>;
};

type EnhancerIsland = {
  /** The island's name in enhancers.ts: its script takes the HTML below as it is. */
  name: EnhancerName;
  children: ReactNode;
};

/** The registry, each component typed with its own props (so a name picks its props). */
const components: { [K in IslandName]: FunctionComponent<PropsOf[K]> } = registry;

const known = (name: string) => Object.hasOwn(registry, name) || Object.hasOwn(enhancers, name);

/**
 * An interactive part of a page, named by the registry: `<Island name="results" props={…} />`.
 * Next renders the component into the static HTML as usual (and, in `next dev`, hydrates it as
 * usual). The export then drops Next's runtime from the page and loads React and the page's
 * island bundle, which hydrates this element from the props written beside it (see
 * docs/decisions/0001-islands.md and 0002-one-bundle-a-page.md). Pages never import an island's component: lint keeps it so,
 * and the name is the one link between page and bundle.
 *
 * The props travel as JSON, so a prop that JSON would change (a function, a Date) is a type
 * error here. Several instances of one island on a page each keep their own props.
 *
 * An enhancer island (enhancers.ts) has no props: it wraps server-rendered HTML, which its
 * script brings to life without React.
 */
export function Island<N extends IslandName>(island: ComponentIsland<N> | EnhancerIsland) {
  const { name } = island;
  // A name outside the registries is a type error; this stops one that slipped past the types
  // (a cast, a generated page) with the page's name in Next's build error.
  if (!known(name))
    throw new Error(`<Island name="${name}">: no such island in components/islands/registry.ts or enhancers.ts`);
  if (!("props" in island)) return <div data-island={name}>{island.children}</div>;
  return (
    <>
      <div data-island={name}>{createElement<PropsOf[N]>(components[island.name], island.props)}</div>
      <script
        type="application/json"
        data-island-props={name}
        dangerouslySetInnerHTML={{ __html: inlineJson(island.props) }}
      />
    </>
  );
}
