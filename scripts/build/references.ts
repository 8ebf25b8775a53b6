import { existsSync, statSync } from "node:fs";
import { join, posix } from "node:path";

/**
 * Every address a built file points at within the site: a page's src, href, srcset and
 * link-preview image, a feed's links, a sitemap's locations, robots.txt's sitemap and a
 * stylesheet's url(). An address on another origin, a fragment alone, mailto:, tel: and data:
 * are not the site's to check.
 */
export function referencesIn(file: string, text: string): string[] {
  const found: string[] = [];
  if (file.endsWith(".html")) {
    for (const [, , value = ""] of text.matchAll(/\s(src|href|poster)="([^"]*)"/g)) found.push(value);
    for (const [, value = ""] of text.matchAll(/\ssrcset="([^"]*)"/g)) {
      found.push(...value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? ""));
    }
    const preview = /<meta\s[^>]*(?:property|name)="(?:og:image|og:url|twitter:image)"[^>]*\scontent="([^"]*)"/g;
    for (const [, value = ""] of text.matchAll(preview)) found.push(value);
  } else if (file.endsWith(".xml")) {
    for (const [, value = ""] of text.matchAll(/\shref="([^"]*)"/g)) found.push(value);
    for (const [, value = ""] of text.matchAll(/<loc>([^<]*)<\/loc>/g)) found.push(value);
  } else if (file.endsWith(".css")) {
    for (const [, , value = ""] of text.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) found.push(value);
  } else if (file.endsWith("robots.txt")) {
    for (const [, value = ""] of text.matchAll(/^Sitemap:\s*(\S+)/gim)) found.push(value);
  }
  return found.map(decodeEntities).filter((ref) => ref !== "");
}

const decodeEntities = (value: string) =>
  value.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (_m, name: string) =>
    name === "amp" ? "&" : name === "quot" ? '"' : name === "lt" ? "<" : name === "gt" ? ">" : "'",
  );

type Site = { out: string; origin: string | null; basePath: string };

/** The file in out/ an address resolves to; none, though it is the site's; or not the site's to check. */
export type Resolution = { kind: "file"; file: string } | { kind: "missing" } | { kind: "elsewhere" };

const MISSING: Resolution = { kind: "missing" };
const ELSEWHERE: Resolution = { kind: "elsewhere" };

/**
 * Where an address in a built file leads. `from` is the address of the file it appears in,
 * for relative addresses. An address the site does not serve (another origin, mailto:, a
 * fragment alone) is "elsewhere".
 */
export function resolveReference(ref: string, from: string, { out, origin, basePath }: Site): Resolution {
  if (ref.startsWith("#") || /^(mailto|tel|data|blob|javascript):/i.test(ref)) return ELSEWHERE;
  let url: URL;
  try {
    url = new URL(ref, `http://site.invalid${from}`);
  } catch {
    return MISSING;
  }
  const own = url.origin === "http://site.invalid" || (origin !== null && url.origin === origin);
  if (!own) return ELSEWHERE;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return MISSING;
  }
  if (basePath) {
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return MISSING;
    path = path.slice(basePath.length) || "/";
  }
  const target = join(out, ...posix.normalize(path).split("/"));
  const candidates = path.endsWith("/") ? [join(target, "index.html")] : [target, join(target, "index.html")];
  const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return file ? { kind: "file", file } : MISSING;
}
