import { build, type Plugin } from "esbuild";
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { staticImports } from "./metafile";
import { buildReact, sharedReactPlugin } from "./shared-react";

/** Where the bundles go, under the site's root: /_islands/<name>-<hash>.js. */
export const ISLANDS_DIR = "_islands";

/** Each island's entry script and the chunks it imports at once, by island name, as paths from the site's root. */
export type IslandManifest = Map<string, { file: string; imports: string[] }>;

const ISLANDS = resolve("components", "islands");
const REGISTRY = join(ISLANDS, "registry.ts");
const ENHANCERS = join(ISLANDS, "enhancers.ts");

/**
 * An island as a registry names it: `export { <component> as <name> } from "<module>"`. A
 * "component" is a React component (registry.ts); an "enhancer" is a script that takes the
 * island's element (enhancers.ts).
 */
export type RegisteredIsland = { name: string; component: string; module: string; kind: "component" | "enhancer" };

/**
 * The registry's islands, read with TypeScript's parser. Each entry imports its component from
 * the component's own module: importing the registry itself would put every island in every
 * bundle (esbuild keeps a module whose exports go unused when it cannot prove it pure). The
 * registry may hold nothing but such re-exports; anything else fails the build.
 */
export function readRegistry(
  source: string,
  file = "components/islands/registry.ts",
  kind: RegisteredIsland["kind"] = "component",
): RegisteredIsland[] {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest);
  return parsed.statements.flatMap((statement) => {
    if (
      !ts.isExportDeclaration(statement) ||
      statement.isTypeOnly ||
      !statement.exportClause ||
      !ts.isNamedExports(statement.exportClause) ||
      !statement.moduleSpecifier ||
      !ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const line = parsed.getLineAndCharacterOfPosition(statement.getStart(parsed)).line + 1;
      throw new Error(
        `${file}:${line}: the registry holds only lines like export { Component as name } from "module".`,
      );
    }
    const from = statement.moduleSpecifier.text;
    return statement.exportClause.elements.map((e) => ({
      name: e.name.text,
      component: (e.propertyName ?? e.name).getText(parsed),
      module: from,
      kind,
    }));
  });
}

/**
 * The entry of each island, written here rather than as a file per island, so the registry
 * stays the one list. `island:<name>` mounts it; a gated island's entry checks its gate (see
 * components/islands/gates.ts) and only then imports `mount:<name>`, so React and the
 * component load only when the gate opens.
 */
export function entryCode({ name, component, module, kind }: RegisteredIsland, gated: boolean): string {
  const quoted = JSON.stringify(name);
  if (gated) return `import { gates } from "./gates";\nif (gates[${quoted}]?.()) void import("mount:${name}");\n`;
  const [start, from] = kind === "component" ? ["mountIsland", "./mount"] : ["enhanceIsland", "./enhance"];
  return [
    `import { ${start} } from "${from}";`,
    `import { ${component} } from ${JSON.stringify(module)};`,
    `${start}(${quoted}, ${component});`,
    "",
  ].join("\n");
}

/** Both registries' islands; a name in both is an error, since a page could not tell them apart. */
export function registeredIslands(): RegisteredIsland[] {
  const islands = [
    ...readRegistry(readFileSync(REGISTRY, "utf8")),
    ...readRegistry(readFileSync(ENHANCERS, "utf8"), "components/islands/enhancers.ts", "enhancer"),
  ];
  const twice = islands.filter((island, i) => islands.findIndex((other) => other.name === island.name) !== i);
  if (twice.length > 0) throw new Error(`island names used twice: ${twice.map((i) => i.name).join(", ")}`);
  return islands;
}

function entries(islands: readonly RegisteredIsland[], gated: ReadonlySet<string>): Plugin {
  return {
    name: "island-entries",
    setup(plugin) {
      plugin.onResolve({ filter: /^(island|mount):[\w$]+$/ }, ({ path }) => ({ path, namespace: "island" }));
      plugin.onLoad({ filter: /.*/, namespace: "island" }, ({ path }) => {
        const [kind, name] = path.split(":");
        const island = islands.find((i) => i.name === name);
        if (!island) return { errors: [{ text: `no island named ${name} in ${REGISTRY}` }] };
        return {
          contents: entryCode(island, kind === "island" && gated.has(island.name)),
          resolveDir: ISLANDS,
          loader: "ts",
        };
      });
    },
  };
}

/**
 * Web Workers the islands start, each bundled on its own as one classic script (no imports, so
 * every browser with workers runs it), and named to the islands by the environment variable
 * whose value is its address: `new Worker(withBasePath(process.env.TEAM_WORKER_PATH))`. A worker
 * is same-origin, as the Content-Security-Policy requires (`worker-src 'self'`, csp.ts).
 */
export const WORKERS = {
  TEAM_WORKER_PATH: "components/team-input/team-worker.ts",
  QR_WORKER_PATH: "components/shared/qr-worker.ts",
} as const;

const shared = {
  bundle: true,
  minify: true,
  target: "es2022",
  entryNames: "[name]-[hash]",
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
} as const;

/** Bundles each worker, and gives the address of each, from the site's root, by its variable. */
async function buildWorkers(out: string, basePath: string): Promise<Record<string, string>> {
  const addresses: Record<string, string> = {};
  for (const [variable, entry] of Object.entries(WORKERS)) {
    const result = await build({
      ...shared,
      entryPoints: [entry],
      outdir: join(out, ISLANDS_DIR),
      format: "iife",
      define: {
        "process.env.NODE_ENV": '"production"',
        "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(basePath),
      },
    });
    const [file] = Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".js"));
    if (!file) throw new Error(`esbuild wrote no script for the worker ${entry}`);
    addresses[variable] = `/${relative(out, file).split("\\").join("/")}`;
  }
  return addresses;
}

/**
 * Islands that share a page, joined: each group is bundled together, so what its islands share
 * loads once on that page. Every island not on a page with another is a group of its own.
 */
export function islandGroups(names: readonly string[], pages: readonly (readonly string[])[]): string[][] {
  const group = new Map(names.map((name) => [name, new Set([name])]));
  for (const page of pages) {
    const known = page.filter((name) => group.has(name));
    const joined = new Set(known.flatMap((name) => [...(group.get(name) ?? [])]));
    for (const name of joined) group.set(name, joined);
  }
  return [...new Set(group.values())].map((g) => names.filter((name) => g.has(name)));
}

/**
 * Bundles every island in the registry for the browser: its components and lib, minified, as
 * ES modules, with React apart (shared-react.ts) and recharts and the QR code loaded only when
 * asked. Islands that share a page (`pages`: the islands on each) are bundled together, each
 * other one alone: a page loads React, its own bundle and the chunks it asks for later, not the
 * two dozen pieces a split of all islands at once made. esbuild does this in a few seconds,
 * where a second Next build would take a minute.
 */
export async function buildIslands(
  out: string,
  basePath: string,
  gated: ReadonlySet<string>,
  pages: readonly (readonly string[])[],
): Promise<IslandManifest> {
  const islands = registeredIslands();
  const dir = join(out, ISLANDS_DIR);
  const workers = await buildWorkers(out, basePath);
  const react = await buildReact(dir, { minify: shared.minify, target: shared.target });
  const fromRoot = (file: string) => `/${relative(out, file).split("\\").join("/")}`;
  const manifest: IslandManifest = new Map();
  for (const group of islandGroups(
    islands.map((i) => i.name),
    pages,
  )) {
    const result = await build({
      ...shared,
      entryPoints: group.map((name) => ({ in: `island:${name}`, out: name })),
      plugins: [entries(islands, gated), sharedReactPlugin(react)],
      outdir: dir,
      splitting: true,
      format: "esm",
      jsx: "automatic",
      chunkNames: "chunk-[hash]",
      define: {
        "process.env.NODE_ENV": '"production"',
        "process.env.NEXT_PUBLIC_BASE_PATH": JSON.stringify(basePath),
        ...Object.fromEntries(
          Object.entries(workers).map(([variable, address]) => [`process.env.${variable}`, JSON.stringify(address)]),
        ),
      },
    });
    const { metafile } = result;
    for (const [file, output] of Object.entries(metafile.outputs)) {
      // A virtual entry is named "<namespace>:<path>": "island:island:results".
      const name = output.entryPoint?.match(/^island:island:([\w$]+)$/)?.[1];
      if (!name) continue;
      // What the island needs before it can start, the page preloads with it: its chunks, and
      // the React files they import (external here: paths like "./react-X.js").
      const { own, outside } = staticImports(metafile, file);
      const reactFiles = new Set(
        [...outside].flatMap((path) => {
          const reactModule = [...react.values()].find((r) => r.file === path);
          return reactModule ? [reactModule.file, ...reactModule.needs] : [];
        }),
      );
      const imports = [...[...reactFiles].map((f) => fromRoot(join(dir, f))), ...[...own].map(fromRoot)];
      manifest.set(name, { file: fromRoot(file), imports });
    }
  }
  return manifest;
}
