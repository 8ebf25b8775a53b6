import type { Plugin } from "esbuild";
import { resolve } from "node:path";
import type { RegisteredIsland } from "./island-registry";

const ISLANDS = resolve("components", "islands");

/**
 * When an island starts: with its page ("load"), when its gate opens ("gate", `gates` in
 * components/islands/gates.ts), or on first use ("use", `onUse` there).
 */
export type IslandStart = "load" | "gate" | "use";

/**
 * The entry of each island, written here rather than as a file per island, so the registry
 * stays the one list. `island:<name>` mounts it. A gated island's entry checks its gate and only
 * then imports `mount:<name>`, so React and the component load only when the gate opens. An
 * island started on use waits for its first use (components/islands/on-use.ts) and then imports
 * `hydrate:<name>` (see hydratorCode).
 */
export function entryCode({ name, component, module, kind }: RegisteredIsland, start: IslandStart): string {
  const quoted = JSON.stringify(name);
  if (start === "gate")
    return `import { gates } from "./gates";\nif (gates[${quoted}]?.()) void import("mount:${name}");\n`;
  if (start === "use") {
    return [
      'import { onUse } from "./gates";',
      'import { startOnUse } from "./on-use";',
      `const needsStart = onUse[${quoted}];`,
      `if (needsStart) startOnUse(${quoted}, needsStart, () => import("hydrate:${name}"));`,
      "",
    ].join("\n");
  }
  const [run, from] = kind === "component" ? ["mountIsland", "./mount"] : ["enhanceIsland", "./enhance"];
  return [
    `import { ${run} } from "${from}";`,
    `import { ${component} } from ${JSON.stringify(module)};`,
    `${run}(${quoted}, ${component});`,
    "",
  ].join("\n");
}

/** What an island started on use loads: its component, and a function that hydrates one element. */
export function hydratorCode({ name, component, module }: RegisteredIsland): string {
  return [
    'import { hydrateIsland } from "./mount";',
    `import { ${component} } from ${JSON.stringify(module)};`,
    `export const hydrate = (island: Element) => hydrateIsland(${JSON.stringify(name)}, ${component}, island);`,
    "",
  ].join("\n");
}

/** The virtual modules above, for esbuild: `island:`, `mount:` and `hydrate:<name>`. */
export function islandEntries(islands: readonly RegisteredIsland[], startOf: (name: string) => IslandStart): Plugin {
  return {
    name: "island-entries",
    setup(plugin) {
      plugin.onResolve({ filter: /^(island|mount|hydrate):[\w$]+$/ }, ({ path }) => ({ path, namespace: "island" }));
      plugin.onLoad({ filter: /.*/, namespace: "island" }, ({ path }) => {
        const [kind, name] = path.split(":");
        const island = islands.find((i) => i.name === name);
        if (!island) return { errors: [{ text: `no island named ${name} in components/islands/registry.ts` }] };
        const start = startOf(island.name);
        if (start !== "load" && island.kind !== "component") {
          return { errors: [{ text: `${name} is an enhancer: only a component island can wait for a gate or a use` }] };
        }
        const contents =
          kind === "hydrate" ? hydratorCode(island) : entryCode(island, kind === "island" ? start : "load");
        return { contents, resolveDir: ISLANDS, loader: "ts" };
      });
    },
  };
}
