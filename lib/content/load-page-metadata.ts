import type { Metadata } from "next";
import { layoutMetadata, pageMetadata } from "../site/page-metadata";
import { readSiteAddress } from "../site/site-url";
import { loadSite } from "./load-site";

/** A page's metadata with the brand from content/site.yaml and the address from SITE_URL. */
export function loadPageMetadata(page: Parameters<typeof pageMetadata>[2]): Metadata {
  return pageMetadata(loadSite(), readSiteAddress(), page);
}

/** The layout's defaults, likewise. */
export function loadLayoutMetadata(): Metadata {
  return layoutMetadata(loadSite(), readSiteAddress());
}
