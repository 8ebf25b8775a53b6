import { createHash } from "node:crypto";
import { SCRIPT_ELEMENT } from "./hydration";

/**
 * The Content-Security-Policy for one exported page: nothing from other origins, no eval, and
 * of inline scripts only the ones this page has, by their SHA-256 hashes, so 'unsafe-inline' is
 * never needed. Once stripHydration has taken Next's bootstrap out (hydration.ts), the inline
 * scripts left are data the browser does not run (an island's props, structured data); every
 * script that runs is a file of the site's own.
 */
export function policyFor(html: string): string {
  const hashes = [...html.matchAll(SCRIPT_ELEMENT)]
    .filter(([, attributes = ""]) => !/\bsrc=/.test(attributes))
    .map(([, , body = ""]) => body)
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
    // The team view reads thousands of links, and the report makes its QR code, in Web Workers of
    // the site's own (WORKERS in islands.ts).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The page with its policy first in <head>, before any script; a page that has one is left as it is. */
export function withPolicy(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  return html.replace(/<head>/, `<head><meta http-equiv="Content-Security-Policy" content="${policyFor(html)}"/>`);
}
