// The post-build step, one pass over the exported pages: takes Next's scripts out of pages that
// use none of our client components (see scripts/build/hydration.ts for why), then adds each
// page's Content-Security-Policy, so the policy lists only the inline scripts that remain.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { withPolicy } from "./build/csp";
import { clientEntriesUsed, clientEntryNames, stripHydration } from "./build/hydration";
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

export function finishExport(out: string, { knowsItsHost }: { knowsItsHost: boolean }): string[] {
  for (const copy of NOT_FOUND_COPIES) rmSync(join(out, copy), { recursive: true, force: true });
  const ours = new Set(
    ["app", "components"].flatMap((dir) =>
      files(dir, (p) => /\.tsx?$/.test(p)).flatMap((p) => clientEntryNames(readFileSync(p, "utf8"))),
    ),
  );
  const kept: string[] = [];
  const problems: string[] = [];
  let pages = 0;
  for (const file of files(out, (p) => p.endsWith(".html"))) {
    const html = readFileSync(file, "utf8");
    const used = clientEntriesUsed(html, ours);
    const page = `/${relative(out, file)}`;
    pages += 1;
    if (used.length > 0) kept.push(`${page} (${used.join(", ")})`);
    try {
      writeFileSync(file, withPolicy(used.length > 0 ? html : stripHydration(html)));
    } catch (error) {
      problems.push(`${page}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // A build that does not know its host must not have guessed one (Next falls back to localhost).
  if (!knowsItsHost) {
    for (const file of files(out, (p) => /\.(html|xml|txt|json)$/.test(p))) {
      if (mentionsLocalhost(readFileSync(file, "utf8"))) {
        problems.push(`/${relative(out, file)}: has a localhost address although SITE_URL is not set`);
      }
    }
  }
  console.log(`Scripts removed from ${pages - kept.length} static pages in ${out}/; kept on ${kept.length}:`);
  console.log(`  ${kept.join("\n  ")}`);
  console.log(`Content-Security-Policy on all ${pages} pages in ${out}/`);
  return problems;
}
