import { withBasePath } from "@/components/shared/base-path";
import type { Locale } from "@/lib/i18n/locales";
import type { ChromeMessages } from "@/lib/i18n/messages/en/chrome";
import { localePath } from "@/lib/i18n/paths";
import type { Site } from "@/lib/site/schema";
import { LanguageSwitch, type SwitchLink } from "./language-switch";
import { LogoMark } from "./logo-mark";

// Each overview page starts its assessment, so the nav names the ideas rather than the forms.
// On a phone the short labels keep all four links on one line from 320 px up; each short label
// is a word of the full one, which stays the link's name (WCAG 2.5.3, label in name).
const NAV = [
  { href: "/journey/", key: "journey" },
  { href: "/blunders/", key: "blunders" },
  { href: "/articles/", key: "articles" },
  { href: "/how-scoring-works/", key: "scoring" },
] as const;

type Props = {
  site: Site;
  locale: Locale;
  messages: ChromeMessages;
  /** The page in each language the switch offers; no switch while there is one. */
  languages: SwitchLink[];
};

export function SiteHeader({ site, locale, messages, languages }: Props) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {messages.skipLink}
      </a>
      <div className="site-header-inner">
        <a className="brand" href={withBasePath(localePath(locale, "/"))}>
          {site.logo ? (
            // A plain img: the logo is a small local file, and next/image adds nothing in a static export.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={withBasePath(site.logo.src)} width={site.logo.width} height={site.logo.height} alt="" />
          ) : (
            <LogoMark />
          )}
          {site.name}
        </a>
        <nav className="site-nav" aria-label={messages.mainNav}>
          <ul>
            {NAV.map(({ href, key }) => (
              <li key={href}>
                <a href={withBasePath(localePath(locale, href))} aria-label={messages.nav[key].label}>
                  <span className="nav-full">{messages.nav[key].label}</span>
                  <span className="nav-short">{messages.nav[key].short}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {languages.length > 1 && <LanguageSwitch label={messages.languages} links={languages} />}
    </header>
  );
}
