import { build, type Plugin } from "esbuild";
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

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
  TEAM_WORKER_PATH: "components/team/team-worker.ts",
  QR_WORKER_PATH: "components/results/qr-worker.ts",
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
 * Bundles every island in the registry for the browser: React, the island's components and
 * lib, minified, as ES modules that share their common chunks (React among them) and load
 * recharts and the QR code only when asked. esbuild does this in well under a second, where a
 * second Next build would take a minute.
 */
export async function buildIslands(out: string, basePath: string, gated: ReadonlySet<string>): Promise<IslandManifest> {
  const islands = registeredIslands();
  const workers = await buildWorkers(out, basePath);
  const result = await build({
    ...shared,
    entryPoints: islands.map(({ name }) => ({ in: `island:${name}`, out: name })),
    plugins: [entries(islands, gated)],
    outdir: join(out, ISLANDS_DIR),
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
  const fromRoot = (file: string) => `/${relative(out, file).split("\\").join("/")}`;
  const manifest: IslandManifest = new Map();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    // A virtual entry is named "<namespace>:<path>": "island:island:results".
    const name = output.entryPoint?.match(/^island:island:([\w$]+)$/)?.[1];
    // Static imports are needed before the island can start: the page preloads them with it.
    const imports = output.imports.filter((i) => i.kind === "import-statement").map((i) => fromRoot(i.path));
    if (name) manifest.set(name, { file: fromRoot(file), imports });
  }
  return manifest;
}
