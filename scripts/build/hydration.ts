/**
 * Takes Next's scripts out of an exported page. Next hydrates every page of a static export,
 * even one with no interactive part, to enable client-side navigation nobody needs between
 * static files: on this project's articles that cost 137 KB of script and 300–450 ms of blocked
 * main thread on a mid-range phone. No page keeps Next's scripts: the parts that run in the
 * browser are islands with bundles of their own (docs/decisions/0001-islands.md).
 */

/** Every script element, with its attributes and its body; the CSP step reads pages with it too. */
export const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

const SCRIPT_PRELOAD = /<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*\/?>/g;
const NEXT_SCRIPT_FILE = /<script\b[^>]*\bsrc="[^"]*\/_next\/[^"]*"[^>]*><\/script>/g;
// The payload and the runtime's chunk list: everything inline Next writes into a page.
const NEXT_BOOTSTRAP = /^\s*\(?(?:self\.__next_f|globalThis\["TURBOPACK"\])/;

export class UnexpectedScriptError extends Error {}

/** Data scripts a page keeps: structured data, and an island's props. The browser runs neither. */
const DATA_SCRIPT = /\btype="application\/(?:ld\+)?json"/;

/**
 * The page without Next's scripts, preloads and payload. Structured data and island props
 * stay. Any other inline script means Next's output has changed shape, and is an error rather
 * than a guess.
 */
export function stripHydration(html: string): string {
  const stripped = html
    .replace(SCRIPT_PRELOAD, "")
    .replace(NEXT_SCRIPT_FILE, "")
    .replace(SCRIPT_ELEMENT, (tag, attributes: string, body: string) =>
      NEXT_BOOTSTRAP.test(body) && !/\bsrc=/.test(attributes) ? "" : tag,
    );
  for (const [tag, attributes = ""] of stripped.matchAll(SCRIPT_ELEMENT)) {
    if (!DATA_SCRIPT.test(attributes)) throw new UnexpectedScriptError(`unexpected script left: ${tag.slice(0, 120)}`);
  }
  return stripped;
}
