// `npm run dev:islands`: the site as it ships, with islands that rebuild on change. It serves an
// existing export (building one first if there is none) with the production CSP, gates and Web
// Workers, watches components/ and lib/, and on each change bundles the islands again (a few
// seconds; `next dev` runs none of this) and puts the new bundles into every page: reload the
// page to see the change. What the pages' HTML holds (server components, content/) comes from
// the last full build: run `npm run build` for that. See docs/architecture.md.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync, watch, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { islandStart, placeIslands, readPages } from "./build/island-scripts";
import { buildIslands, ISLANDS_DIR } from "./build/islands";

const out = process.env.OUT_DIR || "out";
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");
const port = process.env.PORT ?? "3000";
const WATCHED = ["components", "lib"];
/** Editors write a file in bursts (save, format, rename): one rebuild for the burst. */
const SETTLE_MS = 150;

if (!existsSync(join(out, "index.html"))) {
  console.log(`No export in ${out}/ yet: building it once (npm run build) …`);
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const built = spawnSync(process.execPath, [tsx, "scripts/build.ts"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/**
 * Bundles the islands again and places them in every page. The old bundles are moved aside
 * first and deleted once the pages name the new ones, so a page loaded meanwhile still finds
 * what it names.
 */
async function rebuild(): Promise<void> {
  const started = performance.now();
  const dir = join(out, ISLANDS_DIR);
  const old = `${dir}-previous`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, old);
  try {
    const pages = readPages(out);
    const manifest = await buildIslands(
      out,
      basePath,
      islandStart,
      pages.map((p) => p.islands),
    );
    for (const page of pages.filter((p) => p.islands.length > 0))
      writeFileSync(page.file, placeIslands(page.html, page.islands, manifest, basePath));
    console.log(`Islands rebuilt in ${Math.round(performance.now() - started)} ms: reload the page.`);
  } catch (error) {
    // A syntax error mid-edit: say it, and keep serving the last bundles that built.
    rmSync(dir, { recursive: true, force: true });
    if (existsSync(old)) renameSync(old, dir);
    console.error(`The islands did not build: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  rmSync(old, { recursive: true, force: true });
}

let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve();
const schedule = (file: string | null) => {
  if (file && /\.test\.tsx?$/.test(file)) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`Changed: ${file ?? "a file"}; rebuilding the islands …`);
    running = running.then(rebuild);
  }, SETTLE_MS);
};

await rebuild();
for (const folder of WATCHED) watch(folder, { recursive: true }, (_event, file) => schedule(file));
const server = spawn(process.execPath, ["scripts/serve.mjs"], {
  stdio: "inherit",
  env: { ...process.env, OUT_DIR: out, PORT: port, BASE_PATH: basePath },
});
server.on("exit", (code) => process.exit(code ?? 0));
console.log(`Watching ${WATCHED.join("/ and ")}/ for island changes. Pages' HTML is from the last npm run build.`);
