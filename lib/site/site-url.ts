import { z } from "../zod";

/** An unset variable and an empty one (`SITE_URL= npm run build`) both mean "not set". */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

/** The build-time variables that say where the static export will be served. */
export const SiteEnvSchema = z
  .object({
    /** Scheme and host the site is served from, e.g. https://outside-in.example.org. Unset for a local build. */
    SITE_URL: z.preprocess(
      unsetIfEmpty,
      z
        .url({
          protocol: /^https?$/,
          error: "SITE_URL must be an http(s) address, like https://outside-in.example.org",
        })
        .optional(),
    ),
    /** The sub-path the site lives under, as next.config.ts reads it, e.g. /assessment. */
    BASE_PATH: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .regex(/^(\/[\w.~-]+)*\/*$/, 'BASE_PATH must look like "/assessment"')
        .default(""),
    ),
  })
  .transform((env) => ({
    /** Scheme and host without a trailing slash, or null when the build does not know them. */
    origin: env.SITE_URL ? env.SITE_URL.replace(/\/+$/, "") : null,
    /** "" or a path like "/assessment", without a trailing slash. */
    basePath: env.BASE_PATH.replace(/\/+$/, ""),
  }));

/** Where the built site will live: what absolute addresses are made from. */
export type SiteAddress = z.infer<typeof SiteEnvSchema>;

/**
 * Reads SITE_URL and BASE_PATH. A bad value throws with the variable named, so the build
 * stops instead of publishing feeds and canonical links that point nowhere.
 */
export function readSiteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const parsed = SiteEnvSchema.safeParse({ SITE_URL: env.SITE_URL, BASE_PATH: env.BASE_PATH });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("\n"));
  return parsed.data;
}

/** "/articles/nps/" → "/assessment/articles/nps/": the address from the host's root. */
export function rootRelativeUrl(site: SiteAddress, path: string): string {
  return `${site.basePath}/${path.replace(/^\/+/, "")}`;
}

/** "/articles/nps/" → "https://example.org/assessment/articles/nps/", or null without SITE_URL. */
export function absoluteUrl(site: SiteAddress, path: string): string | null {
  return site.origin === null ? null : `${site.origin}${rootRelativeUrl(site, path)}`;
}

/**
 * The absolute address when the build knows its host, else the root-relative one: for the
 * places where a relative address is allowed (canonical links, Atom links, JSON-LD), so a
 * build without SITE_URL never writes a made-up host into them.
 */
export function siteUrl(site: SiteAddress, path: string): string {
  return absoluteUrl(site, path) ?? rootRelativeUrl(site, path);
}

/**
 * What a build without SITE_URL leaves relative or out, because those places need the site's
 * full address. Printed once by the build, so nobody publishes such a build by mistake.
 */
export const WITHOUT_SITE_URL = [
  "canonical links, feed links and structured data use addresses relative to the host",
  "sitemap.xml lists no pages and robots.txt names no sitemap (both need full addresses)",
  "feed entries are identified by urn:uuid ids instead of their addresses",
  "pages carry no Open Graph url or image, so link previews show no picture",
];
