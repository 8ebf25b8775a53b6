import type { ReactNode } from "react";
import type { SwitchLink } from "@/components/layout/language-switch";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteLink } from "@/components/shared/site-link";
import { buildShipping, isPreview } from "@/lib/content/i18n/site-locales";
import { loadSite, loadSiteIn } from "@/lib/content/load-site";
import { languageTag } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { localePath, switchTargets, type HasPage } from "@/lib/i18n/paths";

type Props = {
  locale: Locale;
  /** The page's English address ("/results/"): the switch links the same page in each language. */
  path: string;
  /** Which languages have this page, where not every built one does (an article). */
  has?: HasPage;
  /** False where the same page in another language means nothing (the page not found). */
  switchable?: boolean;
  children: ReactNode;
};

/** The switch's links for a page, each language's name and offer in that language. */
function languagesOf(locale: Locale, path: string, has?: HasPage): SwitchLink[] {
  const shipping = buildShipping();
  const stay = messagesFor(locale).chrome.offerStay;
  return switchTargets({ locale, path }, shipping, has).map((t) => {
    const { common, chrome } = messagesFor(t.locale);
    return {
      ...t,
      tag: languageTag(t.locale),
      name: common.languageName,
      ships: shipping.includes(t.locale),
      offer: { text: chrome.offer, go: chrome.offerSwitch, stay },
    };
  });
}

/**
 * What every page has around its content, in its language: the header with the language
 * switch, a notice on a translation not finished, main, and the footer.
 */
export function Frame({ locale, path, has, switchable = true, children }: Props) {
  const site = locale === "en" ? loadSite() : loadSiteIn(locale);
  const { chrome } = messagesFor(locale);
  return (
    <>
      <SiteHeader
        site={site}
        locale={locale}
        messages={chrome}
        languages={switchable ? languagesOf(locale, path, has) : []}
      />
      <main id="main" tabIndex={-1}>
        {isPreview(locale) && (
          <p className="notice preview-notice" role="note">
            {chrome.preview}{" "}
            {/* Where a reader first meets an unfinished language: how far its translation is checked. */}
            <SiteLink href={localePath(locale, "/translations/")}>{chrome.translations.notice}</SiteLink>
          </p>
        )}
        {children}
      </main>
      <SiteFooter site={site} locale={locale} messages={chrome} />
    </>
  );
}
