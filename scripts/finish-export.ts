// The post-build step, one pass over the exported pages: takes Next's scripts out of every page
// (see scripts/build/hydration.ts for why), gives each island on a page its own bundle
// (scripts/build/islands.ts), then adds each page's Content-Security-Policy, so the policy
// lists only the inline scripts that remain.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { withPolicy } from "./build/csp";
import { clientEntriesUsed, clientEntryNames, stripHydration } from "./build/hydration";
import { gates, onUse } from "../components/islands/gates";
import type { IslandStart } from "./build/island-entries";
import { registeredIslands } from "./build/island-registry";
import { buildIslands, type IslandManifest } from "./build/islands";
import { mentionsLocalhost } from "./build/localhost";
import { referencesIn, resolveReference } from "./build/references";

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

/**
 * The script tags that start a page's islands, and preloads for the chunks they need at once.
 * What an island started on use loads on its first use is listed in a template, as prefetches
 * that its entry puts in the page once the page has loaded (components/islands/on-use.ts): then
 * the files are fetched and kept, but not compiled or run, without competing with the page, and
 * the first click does not wait for the network.
 */
function islandScripts(names: string[], manifest: IslandManifest, basePath: string): string {
  const files = names.map((name) => manifest.get(name));
  const preloads = [...new Set(files.flatMap((f) => f?.imports ?? []))];
  const later = names.flatMap((name) => {
    const links = (manifest.get(name)?.later ?? []).map((p) => `<link rel="prefetch" href="${basePath}${p}"/>`);
    return links.length > 0 ? [`<template data-island-later="${name}">${links.join("")}</template>`] : [];
  });
  return [
    ...preloads.map((p) => `<link rel="modulepreload" href="${basePath}${p}"/>`),
    ...later,
    ...files.map((f) => (f ? `<script type="module" src="${basePath}${f.file}"></script>` : "")),
  ].join("");
}

/** origin: the site's own (SITE_URL's), or null when the build does not know its host. */
type Options = { origin: string | null; basePath: string };

/**
 * Left over once no page loads Next's runtime: its scripts, and the payload files its router
 * fetches to change page without a reload. Stylesheets, fonts and media under _next/ stay:
 * pages link them (Turbopack puts CSS under _next/static/chunks/ too). The reference check
 * after this pass proves nothing a page uses was taken.
 */
function removeRuntimeFiles(out: string): void {
  for (const file of files(join(out, "_next"), (p) => p.endsWith(".js"))) rmSync(file);
  for (const file of files(out, (p) => /(^|[/\\])(index|__next\.[^/\\]*)\.txt$/.test(p))) rmSync(file);
}

/** Every address within the site, in every page, feed, sitemap and stylesheet, that no file in out/ answers. */
function brokenReferences(out: string, site: { origin: string | null; basePath: string }): string[] {
  const problems: string[] = [];
  for (const file of files(out, (p) => /\.(html|xml|css)$|robots\.txt$/.test(p))) {
    const path = `/${relative(out, file).split("\\").join("/")}`;
    const address = `${site.basePath}${path.replace(/index\.html$/, "")}`;
    const missing = new Set(
      referencesIn(file, readFileSync(file, "utf8")).filter(
        (ref) => resolveReference(ref, address, { out, ...site }).kind === "missing",
      ),
    );
    for (const ref of missing) problems.push(`${path}: refers to ${ref}, which is not a file in ${out}/`);
  }
  return problems;
}

export async function finishExport(out: string, { origin, basePath }: Options): Promise<string[]> {
  for (const copy of NOT_FOUND_COPIES) rmSync(join(out, copy), { recursive: true, force: true });
  // Each page is read once: which islands it holds decides how they are bundled (islands that
  // share a page are bundled together), and the bundles' names then go into the page.
  const htmlPages = files(out, (p) => p.endsWith(".html")).map((file) => {
    const html = readFileSync(file, "utf8");
    return { file, html, islands: [...new Set([...html.matchAll(ISLAND)].map((m) => m[1] ?? ""))] };
  });
  const onPages = htmlPages.map((p) => p.islands);
  const startOf = (name: string): IslandStart => (name in gates ? "gate" : name in onUse ? "use" : "load");
  const manifest = await buildIslands(out, basePath, startOf, onPages);
  const ours = new Set(
    ["app", "components"].flatMap((dir) =>
      files(dir, (p) => /\.tsx?$/.test(p)).flatMap((p) => clientEntryNames(readFileSync(p, "utf8"))),
    ),
  );
  const components = new Set(
    registeredIslands()
      .filter((i) => i.kind === "component")
      .map((i) => i.name),
  );
  const islandPages: string[] = [];
  const problems: string[] = [];
  let pages = 0;
  for (const { file, html, islands } of htmlPages) {
    const used = clientEntriesUsed(html, ours);
    const page = `/${relative(out, file)}`;
    pages += 1;
    // A client component outside an island would be drawn but never come alive.
    if (used.length > 0 && islands.length === 0) {
      problems.push(`${page}: uses ${used.join(", ")} outside an <Island>, so it would not run`);
      continue;
    }
    // A component island is a client component, so its page's payload must name one: if it
    // names none, Next's payload has changed shape and the check above has gone blind.
    if (islands.some((name) => components.has(name)) && used.length === 0) {
      problems.push(
        `${page}: has islands, but no client component could be read from Next's payload: scripts/build/hydration.ts needs updating for this version of Next (see docs/architecture.md)`,
      );
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
  if (problems.length === 0) {
    removeRuntimeFiles(out);
    problems.push(...brokenReferences(out, { origin, basePath }));
  }
  // A build that does not know its host must not have guessed one (Next falls back to localhost).
  if (origin === null) {
    for (const file of files(out, (p) => /\.(html|xml|txt|json)$/.test(p))) {
      if (mentionsLocalhost(readFileSync(file, "utf8"))) {
        problems.push(`/${relative(out, file)}: has a localhost address although SITE_URL is not set`);
      }
    }
  }
  console.log(`Next's scripts removed from all ${pages} pages in ${out}/; islands on ${islandPages.length}:`);
  console.log(`  ${islandPages.join("\n  ")}`);
  console.log(`Content-Security-Policy on all ${pages} pages in ${out}/`);
  if (problems.length === 0)
    console.log(`Every address within the site, in every page, feed and stylesheet, is a file in ${out}/`);
  return problems;
}
