import { z } from "../../zod";
import { SiteSchema, type Site } from "../../site/schema";
import { textKind, TranslationSourceSchema } from "./read-translation";

/**
 * content/i18n/<lang>/site.yaml: the site's three sentences in another language. The name,
 * colours, logo and contact stay the brand's, as the English sets them.
 */
export const SiteTranslationSchema = z.strictObject({
  /** Names content/site.yaml. */
  source: TranslationSourceSchema,
  /** One line under the name in search results and link previews. */
  description: SiteSchema.shape.description,
  /** Who writes the article library: the byline on every article. */
  editors: SiteSchema.shape.editors,
  /** Footer text. */
  footer: SiteSchema.shape.footer,
});

export type SiteTranslation = z.infer<typeof SiteTranslationSchema>;

export const SITE = textKind<Site, SiteTranslation>({
  schema: SiteTranslationSchema,
  texts: ({ description, editors, footer }) => ({ description, editors, footer }),
  localize: (site, { description, editors, footer }) => ({ ...site, description, editors, footer }),
});
