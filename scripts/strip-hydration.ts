// Post-build step: takes Next's scripts out of exported pages that use none of our client
// components (see lib/build/hydration.ts for why). Runs before scripts/csp.mjs, so the policy
// only lists the inline scripts that remain.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { clientEntriesUsed, clientEntryNames, stripHydration } from "../lib/build/hydration";

const out = process.env.OUT_DIR || "out";

function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? files(path, keep) : keep(path) ? [path] : [];
  });
}

const ours = new Set(
  ["app", "components"].flatMap((dir) => files(dir, (p) => /\.tsx?$/.test(p)).flatMap((p) => clientEntryNames(readFileSync(p, "utf8")))),
);

const kept: string[] = [];
let stripped = 0;
for (const file of files(out, (p) => p.endsWith(".html"))) {
  const html = readFileSync(file, "utf8");
  const used = clientEntriesUsed(html, ours);
  const page = `/${relative(out, file)}`;
  if (used.length > 0) {
    kept.push(`${page} (${used.join(", ")})`);
    continue;
  }
  try {
    writeFileSync(file, stripHydration(html));
  } catch (error) {
    console.error(`strip-hydration: ${page}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  stripped += 1;
}
console.log(`Scripts removed from ${stripped} static pages in ${out}/; kept on ${kept.length}:\n  ${kept.join("\n  ")}`);
