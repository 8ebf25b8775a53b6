// The post-build step, one pass over the exported pages: takes Next's scripts out of every page
// (see scripts/build/hydration.ts for why), gives each island on a page its own bundle
// (scripts/build/islands.ts), then adds each page's Content-Security-Policy, so the policy
// lists only the inline scripts that remain.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { withPolicy } from "./build/csp";
import { clientEntriesUsed, clientEntryNames, stripHydration } from "./build/hydration";
import { buildIslands, type IslandManifest } from "./build/islands";
import { mentionsLocalhost } from "./build/localhost";

function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? files(path, keep) : keep(path) ? [path] : [];
  });
}

/** Returns the problems found; an empty list means every page was finished. */
/**
 * Next also writes the not-found page as /404/ and /_not-found/, and a static host serves those
 * with status 200, so a crawler or a link checker sees a page that is "found". 404.html, which
 * hosts serve for unknown paths with status 404, stays.
 */
const NOT_FOUND_COPIES = ["404", "_not-found"];

const ISLAND = /\bdata-island="([\w-]+)"/g;

/** The script tags that start a page's islands, and preloads for the chunks they need at once. */
function islandScripts(names: string[], manifest: IslandManifest, basePath: string): string {
  const files = names.map((name) => manifest.get(name));
  const preloads = [...new Set(files.flatMap((f) => f?.imports ?? []))];
  return [
    ...preloads.map((p) => `<link rel="modulepreload" href="${basePath}${p}"/>`),
    ...files.map((f) => (f ? `<script type="module" src="${basePath}${f.file}"></script>` : "")),
  ].join("");
}

type Options = { knowsItsHost: boolean; basePath: string };

/**
 * Left over once no page loads Next's runtime: its script chunks, and the payload files its
 * router fetches to change page without a reload. Removing them keeps a deploy to what runs.
 */
function removeRuntimeFiles(out: string): void {
  rmSync(join(out, "_next", "static", "chunks"), { recursive: true, force: true });
  for (const file of files(out, (p) => /(^|[/\\])(index|__next\.[^/\\]*)\.txt$/.test(p))) rmSync(file);
}

export async function finishExport(out: string, { knowsItsHost, basePath }: Options): Promise<string[]> {
  const manifest = await buildIslands(out, basePath);
  for (const copy of NOT_FOUND_COPIES) rmSync(join(out, copy), { recursive: true, force: true });
  const ours = new Set(
    ["app", "components"].flatMap((dir) =>
      files(dir, (p) => /\.tsx?$/.test(p)).flatMap((p) => clientEntryNames(readFileSync(p, "utf8"))),
    ),
  );
  const islandPages: string[] = [];
  const problems: string[] = [];
  let pages = 0;
  for (const file of files(out, (p) => p.endsWith(".html"))) {
    const html = readFileSync(file, "utf8");
    const used = clientEntriesUsed(html, ours);
    const islands = [...new Set([...html.matchAll(ISLAND)].map((m) => m[1] ?? ""))];
    const page = `/${relative(out, file)}`;
    pages += 1;
    // A client component outside an island would be drawn but never come alive.
    if (used.length > 0 && islands.length === 0) {
      problems.push(`${page}: uses ${used.join(", ")} outside an <Island>, so it would not run`);
      continue;
    }
    const missing = islands.filter((name) => !manifest.has(name));
    if (missing.length > 0) problems.push(`${page}: no bundle for island ${missing.join(", ")}`);
    if (islands.length > 0) islandPages.push(`${page} (${islands.join(", ")})`);
    try {
      const finished = stripHydration(html).replace("</head>", `${islandScripts(islands, manifest, basePath)}</head>`);
      writeFileSync(file, withPolicy(finished));
    } catch (error) {
      problems.push(`${page}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length === 0) removeRuntimeFiles(out);
  // A build that does not know its host must not have guessed one (Next falls back to localhost).
  if (!knowsItsHost) {
    for (const file of files(out, (p) => /\.(html|xml|txt|json)$/.test(p))) {
      if (mentionsLocalhost(readFileSync(file, "utf8"))) {
        problems.push(`/${relative(out, file)}: has a localhost address although SITE_URL is not set`);
      }
    }
  }
  console.log(`Next's scripts removed from all ${pages} pages in ${out}/; islands on ${islandPages.length}:`);
  console.log(`  ${islandPages.join("\n  ")}`);
  console.log(`Content-Security-Policy on all ${pages} pages in ${out}/`);
  return problems;
}
