import { absoluteUrl, readSiteUrl } from "../../lib/site/site-url";

// The same SITE_URL and BASE_PATH the build read, so expected addresses match what it wrote.
const site = readSiteUrl();

/** The absolute address the build gives a path, e.g. in canonical links, the feed and the sitemap. */
export const siteUrl = (path: string) => absoluteUrl(site, path);
