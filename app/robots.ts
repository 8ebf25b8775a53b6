import type { MetadataRoute } from "next";
import { absoluteUrl, readSiteAddress } from "@/lib/site/site-url";

export const dynamic = "force-static";

/** Everything may be crawled. The sitemap is named only where its address is known. */
export default function robots(): MetadataRoute.Robots {
  const sitemap = absoluteUrl(readSiteAddress(), "/sitemap.xml");
  return { rules: { userAgent: "*", allow: "/" }, ...(sitemap ? { sitemap } : {}) };
}
