import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gates, onUse } from "../../components/islands/gates";
import type { IslandStart } from "./island-entries";
import type { IslandManifest } from "./islands";

/** Every file under a folder that `keep` accepts; dot-folders and node_modules are passed over. */
export function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? files(path, keep) : keep(path) ? [path] : [];
  });
}

const ISLAND = /\bdata-island="([\w-]+)"/g;

/** An exported page as read once: its HTML and the islands it declares (<Island name=…>). */
export type Page = { file: string; html: string; islands: string[] };

/** Every page of an export, each read once. */
export function readPages(out: string): Page[] {
  return files(out, (p) => p.endsWith(".html")).map((file) => {
    const html = readFileSync(file, "utf8");
    return { file, html, islands: [...new Set([...html.matchAll(ISLAND)].map((m) => m[1] ?? ""))] };
  });
}

/** How an island starts: behind its gate, on first use, or as its page loads (gates.ts). */
export const islandStart = (name: string): IslandStart => (name in gates ? "gate" : name in onUse ? "use" : "load");

/**
 * The script tags that start a page's islands, and preloads for the chunks they need at once.
 * What an island started on use loads on its first use is listed in a template, as prefetches
 * that its entry puts in the page once the page has loaded (components/islands/on-use.ts): then
 * the files are fetched and kept, but not compiled or run, without competing with the page, and
 * the first click does not wait for the network.
 */
function islandScripts(names: readonly string[], manifest: IslandManifest, basePath: string): string {
  const entries = names.map((name) => manifest.get(name));
  const preloads = [...new Set(entries.flatMap((f) => f?.imports ?? []))];
  const later = names.flatMap((name) => {
    const links = (manifest.get(name)?.later ?? []).map((p) => `<link rel="prefetch" href="${basePath}${p}"/>`);
    return links.length > 0 ? [`<template data-island-later="${name}">${links.join("")}</template>`] : [];
  });
  return [
    ...preloads.map((p) => `<link rel="modulepreload" href="${basePath}${p}"/>`),
    ...later,
    ...names.map((name, i) => {
      const f = entries[i];
      if (!f) return "";
      const src = `${basePath}${f.file}`;
      return AFTER_LOAD.has(name) ? afterLoad(src) : `<script type="module" src="${src}"></script>`;
    }),
  ].join("");
}

/**
 * Islands fetched only once the page has loaded: the language switch's script, on every page,
 * follows a choice and offers a language, nothing a first paint needs. Fetched at once, it was
 * the only script of an article and held Lighthouse's first paint back by a round trip (article
 * FCP 753 → 934 ms, simulated slow 4G). Its page allows the inline loader by hash (csp.ts).
 */
const AFTER_LOAD = new Set(["language"]);

const afterLoad = (src: string) =>
  `<script data-after-load="">addEventListener("load",function(){var s=document.createElement("script");s.type="module";s.src=${JSON.stringify(src)};document.head.appendChild(s)})</script>`;

/** What an earlier pass placed: island scripts, their preloads and their prefetch templates. */
const placedBy = (basePath: string) => {
  const dir = `${basePath}/_islands/`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `<link rel="modulepreload" href="${dir}[^"]*"/>|<template data-island-later="[\\w-]+">[\\s\\S]*?</template>|<script type="module" src="${dir}[^"]*"></script>|<script data-after-load="">[^<]*</script>`,
    "g",
  );
};

/**
 * The page with its islands' scripts at the end of its head, in place of any an earlier pass put
 * there: the build places them once; the dev loop (scripts/dev-islands.ts) places them again
 * after each rebuild, over the same page.
 */
export function placeIslands(html: string, names: readonly string[], manifest: IslandManifest, basePath: string) {
  return html.replace(placedBy(basePath), "").replace("</head>", `${islandScripts(names, manifest, basePath)}</head>`);
}
