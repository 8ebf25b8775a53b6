import { build, type Metafile, type Plugin } from "esbuild";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { staticImports } from "./metafile";

/**
 * React as every island imports it. Bundled once, apart from the islands, so a page loads a few
 * files of React (cached from page to page) and one bundle of its own, instead of the two dozen
 * small chunks esbuild made when it split all the islands at once: on a phone, each request waits its
 * turn for one of six connections to an HTTP/1.1 host, and the results page's largest text
 * painted about 0.4 s later for it (Lighthouse, simulated slow 4G;
 * docs/decisions/0002-one-bundle-a-page.md).
 */
export const REACT_MODULES = ["react", "react/jsx-runtime", "react-dom", "react-dom/client"] as const;

const REACT = /^react(-dom)?(\/.*)?$/;
const require = createRequire(import.meta.url);

/**
 * A module's names, from the package itself: React is CommonJS, so esbuild cannot list them.
 * Node loads React's development build here, whose names are the production build's and two
 * more (act, captureOwnerStack): re-exported from production, those are undefined, as there.
 */
function exportNames(specifier: string): string[] {
  const loaded: unknown = require(specifier);
  const names = typeof loaded === "object" && loaded !== null ? Object.keys(loaded) : [];
  return names.filter((n) => n !== "default" && /^[A-Za-z_$][\w$]*$/.test(n));
}

/** The entry for one of React's modules: every name it has, and itself as the default export. */
export function reactEntryCode(specifier: string, names: readonly string[]): string {
  const quoted = JSON.stringify(specifier);
  return `export { ${names.join(", ")} } from ${quoted};\nexport { default } from ${quoted};\n`;
}

/** The file each of React's modules is in, as islands import it ("./react-dom-client-X.js"), and everything each needs at once. */
export type SharedReact = Map<string, { file: string; needs: string[] }>;

/** Bundles React's modules into `dir`, minified, sharing their common code. */
export async function buildReact(dir: string, options: { minify: boolean; target: string }): Promise<SharedReact> {
  const entries: Plugin = {
    name: "react-entries",
    setup(plugin) {
      plugin.onResolve({ filter: /^react-entry:/ }, ({ path }) => ({ path, namespace: "react-entry" }));
      plugin.onLoad({ filter: /.*/, namespace: "react-entry" }, ({ path }) => {
        const specifier = path.slice("react-entry:".length);
        return { contents: reactEntryCode(specifier, exportNames(specifier)), resolveDir: process.cwd(), loader: "js" };
      });
    },
  };
  const result = await build({
    ...options,
    entryPoints: REACT_MODULES.map((m) => ({ in: `react-entry:${m}`, out: m.replace(/\W/g, "-") })),
    plugins: [entries],
    bundle: true,
    splitting: true,
    format: "esm",
    outdir: dir,
    entryNames: "[name]-[hash]",
    chunkNames: "react-chunk-[hash]",
    metafile: true,
    legalComments: "none",
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  return sharedFiles(result.metafile, dir);
}

/** Each React module's file and, transitively, the chunks it imports, as paths in `dir`. */
function sharedFiles(metafile: Metafile, dir: string): SharedReact {
  const own = (file: string) => `./${basename(file)}`;
  const needs = (file: string) => [...staticImports(metafile, file).own].map(own);
  const shared: SharedReact = new Map();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    // A virtual entry is named "<namespace>:<path>": "react-entry:react-entry:react".
    const specifier = output.entryPoint?.match(/^react-entry:react-entry:(.+)$/)?.[1];
    if (specifier) shared.set(specifier, { file: own(file), needs: needs(file) });
  }
  for (const m of REACT_MODULES) if (!shared.has(m)) throw new Error(`esbuild wrote no file for ${m} in ${dir}`);
  return shared;
}

/**
 * Points the islands' imports of React at the shared files, left as imports: one React on the
 * page, whichever island or chunk (recharts' too) asks for it. A React module not shared would
 * bring a second copy, so it fails the build instead.
 */
export function sharedReactPlugin(shared: SharedReact): Plugin {
  return {
    name: "shared-react",
    setup(plugin) {
      plugin.onResolve({ filter: REACT }, ({ path, kind }) => {
        const file = shared.get(path)?.file;
        if (!file)
          return {
            errors: [{ text: `${path} is not among the React modules islands share (scripts/build/shared-react.ts)` }],
          };
        // CommonJS inside a library (recharts' store uses some) calls require(), which an ES
        // module cannot do with a file outside the bundle: it gets a module that imports the
        // shared file and hands its names on, which esbuild can require.
        if (kind === "require-call") return { path: file, namespace: "shared-react" };
        return { path: file, external: true };
      });
      plugin.onLoad({ filter: /.*/, namespace: "shared-react" }, ({ path }) => ({
        contents: `export * from ${JSON.stringify(path)};\nexport { default } from ${JSON.stringify(path)};\n`,
        loader: "js",
      }));
      plugin.onResolve({ filter: /^\.\/react-/, namespace: "shared-react" }, ({ path }) => ({ path, external: true }));
    },
  };
}
