// The post-build step, one pass over the exported pages: bundles the islands they declare
// (scripts/build/islands.ts: React once, the islands that share a page together), takes Next's
// scripts out of every page (scripts/build/hydration.ts says why) and puts in its islands'
// scripts, then adds each page's Content-Security-Policy, so the policy lists only the inline
// scripts that remain. Last it deletes Next's runtime files, joins each stylesheet's modules,
// and checks that every address within the site is a file in the export.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { withPolicy } from "./build/csp";
import { joinStylesheets } from "./build/css";
import { stripHydration } from "./build/hydration";
import { files, islandStart, placeIslands, readPages } from "./build/island-scripts";
import { buildIslands } from "./build/islands";
import { mentionsLocalhost } from "./build/localhost";
import { referencesIn, resolveReference } from "./build/references";

/**
 * Next also writes the not-found page as /404/ and /_not-found/, and a static host serves those
 * with status 200, so a crawler or a link checker sees a page that is "found". 404.html, which
 * hosts serve for unknown paths with status 404, stays.
 */
const NOT_FOUND_COPIES = ["404", "_not-found"];

/**
 * Each language's not-found page, built at /<lang>/page-not-found/ (app/[lang]/page-not-found/),
 * becomes /<lang>/404.html: Netlify, Cloudflare Pages and `serve` (and scripts/serve.mjs) serve
 * the nearest 404.html up the path, so a mistyped address under /de/ reads in German.
 */
export function placeLanguageNotFound(out: string): void {
  for (const entry of readdirSync(out, { withFileTypes: true })) {
    const built = join(out, entry.name, "page-not-found");
    if (!entry.isDirectory() || !existsSync(join(built, "index.html"))) continue;
    renameSync(join(built, "index.html"), join(out, entry.name, "404.html"));
    rmSync(built, { recursive: true, force: true });
  }
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

/** Finishes every page of an export; returns the problems found (none: every page was finished). */
export async function finishExport(out: string, { origin, basePath }: Options): Promise<string[]> {
  for (const copy of NOT_FOUND_COPIES) rmSync(join(out, copy), { recursive: true, force: true });
  placeLanguageNotFound(out);
  // Each page is read once: which islands it holds decides how they are bundled (islands that
  // share a page are bundled together), and the bundles' names then go into the page.
  const htmlPages = readPages(out);
  const manifest = await buildIslands(
    out,
    basePath,
    islandStart,
    htmlPages.map((p) => p.islands),
  );
  const islandPages: string[] = [];
  const problems: string[] = [];
  let pages = 0;
  for (const { file, html, islands } of htmlPages) {
    const page = `/${relative(out, file)}`;
    pages += 1;
    // The islands a page holds are the ones it declared (<Island name=…>), so one the registries
    // lack fails the build here, naming the page. (A client component rendered outside an
    // island cannot happen: only the registry's modules are "use client", which
    // scripts/build/islands.test.ts holds, and lint lets only the registry import them.)
    const missing = islands.filter((name) => !manifest.has(name));
    if (missing.length > 0)
      problems.push(`${page}: no island named ${missing.join(", ")} in components/islands/registry.ts or enhancers.ts`);
    if (islands.length > 0) islandPages.push(`${page} (${islands.join(", ")})`);
    try {
      const finished = placeIslands(stripHydration(html), islands, manifest, basePath);
      writeFileSync(file, withPolicy(finished));
    } catch (error) {
      problems.push(`${page}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length === 0) {
    removeRuntimeFiles(out);
    joinStylesheets(files(join(out, "_next"), (p) => p.endsWith(".css")));
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
