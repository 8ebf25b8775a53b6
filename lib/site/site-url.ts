import { z } from "../zod";

/** An unset variable and an empty one (`SITE_URL= npm run build`) both mean "use the default". */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

/** The build-time variables that say where the static export will be served. */
export const SiteEnvSchema = z
  .object({
    /** Scheme and host the site is served from, e.g. https://outside-in.example.org. */
    SITE_URL: z.preprocess(
      unsetIfEmpty,
      z
        .url({
          protocol: /^https?$/,
          error: "SITE_URL must be an http(s) address, like https://outside-in.example.org",
        })
        .default("http://localhost:3000"),
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
    /** Where every absolute URL starts, without a trailing slash: origin plus base path. */
    root: `${env.SITE_URL.replace(/\/+$/, "")}${env.BASE_PATH.replace(/\/+$/, "")}`,
  }));

export type Site = z.infer<typeof SiteEnvSchema>;

/**
 * Reads SITE_URL and BASE_PATH. A bad value throws with the variable named, so the build
 * stops instead of publishing feeds and canonical links that point nowhere.
 */
export function readSiteUrl(env: Record<string, string | undefined> = process.env): Site {
  const parsed = SiteEnvSchema.safeParse({ SITE_URL: env.SITE_URL, BASE_PATH: env.BASE_PATH });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("\n"));
  return parsed.data;
}

/** "/articles/nps/" → "https://example.org/assessment/articles/nps/". */
export function absoluteUrl(site: Site, path: string): string {
  return `${site.root}/${path.replace(/^\/+/, "")}`;
}
