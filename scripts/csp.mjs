#!/usr/bin/env node
// Adds a Content-Security-Policy <meta> to every page of the static export. Next.js inlines a
// few bootstrap scripts in each page, so the policy lists their SHA-256 hashes instead of
// allowing inline scripts in general. Run after `next build` (the build script does).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const out = process.env.OUT_DIR || "out";
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith(".html") ? [path] : [];
  });
}

/** The policy for one page: nothing from other origins, no eval, only these inline scripts. */
export function policyFor(html) {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .map((m) => m[1] ?? "")
    .filter((body) => body.trim() !== "")
    .map((body) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(hashes)].join(" ")}`.trim(),
    // React and recharts set style attributes, which CSP treats as inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

let count = 0;
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, "utf8");
  if (html.includes('http-equiv="Content-Security-Policy"')) continue;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}"/>`;
  // The policy must come before any script, so it goes first in <head>.
  writeFileSync(file, html.replace(/<head>/, `<head>${meta}`));
  count += 1;
}
console.log(`Content-Security-Policy added to ${count} pages in ${out}/`);
