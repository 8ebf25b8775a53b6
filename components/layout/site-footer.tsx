import { withBasePath } from "@/components/shared/base-path";
import type { Locale } from "@/lib/i18n/locales";
import type { ChromeMessages } from "@/lib/i18n/messages/en/chrome";
import { localePath } from "@/lib/i18n/paths";
import type { Site } from "@/lib/site/schema";

const LINKS = [
  { href: "/guide/", key: "guide" },
  { href: "/team/", key: "team" },
  { href: "/compare/", key: "compare" },
  { href: "/about/", key: "about" },
  { href: "/sources/", key: "sources" },
] as const;

export function SiteFooter({ site, locale, messages }: { site: Site; locale: Locale; messages: ChromeMessages }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <nav aria-label={messages.moreNav}>
          <ul className="footer-links">
            {LINKS.map(({ href, key }) => (
              <li key={href}>
                <a href={withBasePath(localePath(locale, href))}>{messages.footer[key]}</a>
              </li>
            ))}
            <li>
              <a href={withBasePath(localePath(locale, "/translations/"))}>{messages.translations.footer}</a>
            </li>
            <li>
              {/* Feed readers find the feed in every page's head; people look here. */}
              <a href={withBasePath(localePath(locale, "/feed.xml"))} type="application/atom+xml">
                {messages.footer.feed}
              </a>
            </li>
          </ul>
        </nav>
        {site.contact && (
          <p>
            <a href={site.contact.url} rel="noopener">
              {site.contact.label}
            </a>
          </p>
        )}
        <p>{site.footer}</p>
        <p>{messages.footer.credit}</p>
      </div>
    </footer>
  );
}
