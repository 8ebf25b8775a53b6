import { loadTags } from "@/lib/content/library/load-articles";
import { loadLibrary } from "@/lib/content/library/load-library";
import { loadSite } from "@/lib/content/load-site";
import { atomFeed } from "@/lib/site/feed";
import { readSiteAddress } from "@/lib/site/site-url";

// A static export can only prerender route handlers that are forced static.
export const dynamic = "force-static";

export function GET() {
  const site = loadSite();
  const xml = atomFeed(loadLibrary(), {
    address: readSiteAddress(),
    siteName: site.name,
    title: `${site.name} articles`,
    subtitle: "Articles on customer-centricity: the six stages, the five service blunders and the ideas behind them.",
    tagNames: new Map(loadTags().map((t) => [t.id, t.name])),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
