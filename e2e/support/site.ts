import { absoluteUrl, readSiteAddress, siteUrl } from "../../lib/site/site-url";

// The same SITE_URL and BASE_PATH the build read (scripts/e2e.ts passes both to each), so
// expected addresses match what it wrote.
export const site = readSiteAddress();

/** The address the build gives a path in canonical links and the feed: absolute when it knew its host. */
export const addressOf = (path: string) => siteUrl(site, path);

/** The absolute address of a path; only for builds that know their host. */
export function absoluteAddressOf(path: string): string {
  const url = absoluteUrl(site, path);
  if (url === null) throw new Error("This check needs a build made with SITE_URL (npm run test:e2e does that).");
  return url;
}
