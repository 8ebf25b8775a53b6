import type { Page } from "@playwright/test";

/** What a page's <head> says about it. Head elements have no role or label, so they are read here. */
export type Head = {
  canonical: string | null;
  feed: string | null;
  /** Open Graph and Twitter properties by name, e.g. "og:image", "twitter:card". */
  meta: Record<string, string>;
  jsonLd: unknown[];
};

export function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const attr = (selector: string, name: string) => document.head.querySelector(selector)?.getAttribute(name) ?? null;
    const meta: Record<string, string> = {};
    for (const el of document.head.querySelectorAll("meta[property], meta[name]")) {
      const key = el.getAttribute("property") ?? el.getAttribute("name") ?? "";
      meta[key] = el.getAttribute("content") ?? "";
    }
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      JSON.parse(s.textContent ?? "null"),
    );
    return {
      canonical: attr('link[rel="canonical"]', "href"),
      feed: attr('link[rel="alternate"][type="application/atom+xml"]', "href"),
      meta,
      jsonLd,
    };
  });
}

/** The width and height a PNG file declares in its header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) throw new Error("not a PNG file");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
