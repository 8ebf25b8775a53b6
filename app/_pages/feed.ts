import { loadTagsIn } from "@/lib/content/library/load-articles";
import { loadLibraryIn } from "@/lib/content/library/load-library";
import { loadSite } from "@/lib/content/load-site";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { atomFeed } from "@/lib/site/feed";
import { readSiteAddress } from "@/lib/site/site-url";

/**
 * A language's article feed: /feed.xml in English, /<lang>/feed.xml with the articles translated
 * into that language (an untranslated article has no page there to link to).
 */
export function feedResponse(locale: Locale): Response {
  const site = loadSite();
  const { meta } = messagesFor(locale).pages;
  const xml = atomFeed(
    loadLibraryIn(locale).filter((a) => a.translated),
    {
      address: readSiteAddress(),
      siteName: site.name,
      title: fill(meta.feedTitle, { site: site.name }),
      subtitle: meta.feedSubtitle,
      tagNames: new Map(loadTagsIn(locale).map((t) => [t.id, t.name])),
      locale,
    },
  );
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
