import { existsSync } from "node:fs";
import { join } from "node:path";
import { SiteSchema, type Site } from "../site/schema";
import { ContentError, parseWithFriendlyErrors } from "./parse";
import { contentDir, displayPath } from "./paths";
import { readYaml } from "./read-yaml";
import { cachedInBuild } from "./build-cache";
import type { Locale } from "../i18n/locales";
import { translate } from "./i18n/read-translation";
import { SITE } from "./i18n/site-translation";

/** The brand settings; a logo must exist in public/ so the build never links a missing file. */
export const loadSite = cachedInBuild(function loadSite(root: string = contentDir()): Site {
  const path = join(root, "site.yaml");
  const file = displayPath(path);
  const site = parseWithFriendlyErrors(SiteSchema, readYaml(path, file), file);
  if (site.logo && !existsSync(join(process.cwd(), "public", site.logo.src))) {
    throw new ContentError(file, [`logo.src: no file public${site.logo.src}`]);
  }
  return site;
});

/** The brand settings in a language: the description, editors and footer translated, the rest the brand's. */
export const loadSiteIn = cachedInBuild(function loadSiteIn(locale: Locale, root: string = contentDir()): Site {
  return translate(SITE, loadSite(root), join(root, "site.yaml"), locale, root);
});
