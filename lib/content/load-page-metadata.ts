import type { Metadata } from "next";
import { fill } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import { hreflangAlternates, localePath, type HasPage } from "../i18n/paths";
import { layoutMetadata, pageMetadata, type Language } from "../site/page-metadata";
import { readSiteAddress } from "../site/site-url";
import { buildShipping, isPreview } from "./i18n/site-locales";
import { loadSite, loadSiteIn } from "./load-site";

type Page = Parameters<typeof pageMetadata>[2];

/** A page's metadata with the brand from content/site.yaml and the address from SITE_URL. */
export function loadPageMetadata(page: Page): Metadata {
  return loadPageMetadataIn("en", page);
}

/** What a language changes in the head: title, feed, and either hreflang (shipping) or noindex (preview). */
function languageOf(locale: Locale, path?: string, has?: HasPage): Language {
  const { meta } = messagesFor(locale).pages;
  const site = loadSite();
  const preview = isPreview(locale);
  const languages = path && !preview ? hreflangAlternates(path, buildShipping(), has) : undefined;
  return {
    locale,
    siteTitle: fill(meta.siteTitle, { site: site.name }),
    feed: { path: localePath(locale, "/feed.xml"), title: fill(meta.feedTitle, { site: site.name }) },
    ...(languages ? { languages } : {}),
    ...(preview ? { noindex: true } : {}),
  };
}

/**
 * A page's metadata in a language: `path` is its English address ("/journey/"), which becomes
 * the language's own (the canonical "/de/journey/"); `has` says which languages the page exists
 * in where not all do (an article). English reads exactly as it did before there were languages.
 */
export function loadPageMetadataIn(locale: Locale, page: Page, has?: HasPage): Metadata {
  const site = locale === "en" ? loadSite() : loadSiteIn(locale);
  const language = languageOf(locale, page.path, has);
  return pageMetadata(site, readSiteAddress(), {
    ...page,
    path: localePath(locale, page.path),
    ...(page.isHome ? { title: language.siteTitle ?? page.title } : {}),
    language,
  });
}

/** The layout's defaults, likewise. */
export function loadLayoutMetadata(locale: Locale = "en"): Metadata {
  const site = locale === "en" ? loadSite() : loadSiteIn(locale);
  return layoutMetadata(site, readSiteAddress(), languageOf(locale));
}
