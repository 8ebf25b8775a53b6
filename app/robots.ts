import type { MetadataRoute } from "next";
import { absoluteUrl, readSiteUrl } from "@/lib/site/site-url";

export const dynamic = "force-static";

/** Everything may be crawled; the results page keeps itself out of indexes with a noindex tag. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl(readSiteUrl(), "/sitemap.xml") };
}
