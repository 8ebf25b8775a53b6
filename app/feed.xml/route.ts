import { loadTags } from "@/lib/content/load-articles";
import { loadLibrary } from "@/lib/content/load-library";
import { atomFeed } from "@/lib/site/feed";
import { SITE_NAME } from "@/lib/site/page-metadata";
import { readSiteUrl } from "@/lib/site/site-url";

// A static export can only prerender route handlers that are forced static.
export const dynamic = "force-static";

export function GET() {
  const xml = atomFeed(loadLibrary(), {
    site: readSiteUrl(),
    title: `${SITE_NAME} articles`,
    subtitle: "Articles on customer-centricity: the six stages, the five service blunders and the ideas behind them.",
    tagNames: new Map(loadTags().map((t) => [t.id, t.name])),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
