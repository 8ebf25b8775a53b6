import { notFound } from "next/navigation";
import { TRANSLATED_LOCALES } from "@/lib/content/i18n/site-locales";
import type { TranslatedLocale } from "@/lib/i18n/language-names";

/** What a route under /<lang>/ receives. */
export type LangParams = { params: Promise<{ lang: string }> };

/** Every translated language, shipping or preview: app/[lang]/ builds each. */
export function langParams() {
  return TRANSLATED_LOCALES.map((lang) => ({ lang }));
}

/** The page's language from its address; dynamicParams = false keeps any other from being built. */
export async function localeOf(params: LangParams["params"]): Promise<TranslatedLocale> {
  const { lang } = await params;
  const locale = TRANSLATED_LOCALES.find((l) => l === lang);
  if (!locale) notFound();
  return locale;
}
