import { Island } from "@/components/islands/island";
import { withBasePath } from "@/components/shared/base-path";
import type { Locale } from "@/lib/i18n/locales";

/** One language the switch offers: the page there, its name, and its offer in its own words. */
export type SwitchLink = {
  locale: Locale;
  /** Its BCP 47 tag, for lang and hreflang. */
  tag: string;
  /** Site-relative address of this page in that language. */
  path: string;
  /** The language's name in itself: "Deutsch". */
  name: string;
  current: boolean;
  /** Whether the language ships: only a shipping language is remembered as a choice. */
  ships: boolean;
  /** The first-visit offer: the sentence and the button in that language, "stay" in the page's. */
  offer: { text: string; go: string; stay: string };
};

/**
 * The same page in the other languages, as plain links that work without JavaScript. The
 * language switch's script (language-switch-script.ts, an enhancer that loads no React) carries
 * the fragment across, so a result stays the same result, remembers the choice, follows it on
 * the next English link, and offers a first visitor their browser's language. Each offer waits in
 * a template, written in the offered language, until the script shows it.
 */
export function LanguageSwitch({ label, links }: { label: string; links: SwitchLink[] }) {
  const current = links.find((l) => l.current);
  return (
    <Island name="language">
      <nav className="language-switch" aria-label={label}>
        <ul>
          {links.map((l) => (
            <li key={l.locale}>
              <a
                href={withBasePath(l.path)}
                hrefLang={l.tag}
                lang={l.tag}
                data-locale={l.locale}
                data-ships={l.ships ? "" : undefined}
                aria-current={l.current ? "page" : undefined}
              >
                {l.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {links
        .filter((l) => !l.current && l.ships && current?.ships)
        .map((l) => (
          <template key={l.locale} data-offer={l.locale}>
            <div className="language-offer" role="region" aria-label={l.name} lang={l.tag}>
              <p>{l.offer.text}</p>
              <a className="button" href={withBasePath(l.path)} hrefLang={l.tag} data-locale={l.locale}>
                {l.offer.go}
              </a>
              <button type="button" className="button button-secondary" data-stay="" lang={current?.tag}>
                {l.offer.stay}
              </button>
            </div>
          </template>
        ))}
    </Island>
  );
}
