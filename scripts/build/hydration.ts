/**
 * Finds the exported pages that need no JavaScript, and takes Next's scripts out of them.
 *
 * Next hydrates every page of a static export, even one with no interactive part: on this
 * project's articles that cost 137 KB of script and 300–450 ms of blocked main thread on a
 * mid-range phone (issue 6), to enable client-side navigation nobody needs between static
 * files. A page keeps its scripts when its embedded React payload refers to one of our own
 * client components ("use client" files); every other page is plain HTML and CSS.
 */

const USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/;
const EXPORTED_NAME = /^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm;

/** The names a module exports when it starts with "use client": the client components pages can use. */
export function clientEntryNames(source: string): string[] {
  if (!USE_CLIENT.test(source)) return [];
  const names = [...source.matchAll(EXPORTED_NAME)].map((m) => m[1] ?? "");
  return /^export\s+default\b/m.test(source) ? [...names, "default"] : names;
}

// A client reference in the payload Next inlines into the page, inside a JS string:
// I[72977,[\"$2\",\"$15\"],\"QuestionFlow\"]
const CLIENT_REFERENCE = /I\[\d+,\[[^\]]*\],\\"([^"\\]*)\\"/g;

/** Which of our client components a page's payload refers to; empty when it needs no script. */
export function clientEntriesUsed(html: string, ours: ReadonlySet<string>): string[] {
  const used = [...html.matchAll(CLIENT_REFERENCE)].map((m) => m[1] ?? "").filter((name) => ours.has(name));
  return [...new Set(used)];
}

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
