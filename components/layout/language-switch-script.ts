import { browserStore } from "@/components/shared/browser-storage";
import { decideLanguage, LANGUAGE_KEY } from "@/lib/i18n/choice";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** The link's address with this page's query and fragment: a result link stays that result. */
function carried(link: HTMLAnchorElement): string {
  const url = new URL(link.href);
  url.search = location.search;
  url.hash = location.hash;
  return url.href;
}

/**
 * The language switch's script (an enhancer: no React). A choice made in the switch or the
 * offer is stored (a shipping language only) and carries the page's fragment; the rule for what
 * happens on opening a page is decideLanguage's (lib/i18n/choice.ts): follow a stored choice
 * with location.replace, so Back does not bounce; offer, never impose, a browser's language.
 */
export function startLanguageSwitch(root: HTMLElement): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>("a[data-locale]")];
  const localeOf = (e: Element | null | undefined) => {
    const l = e?.getAttribute("data-locale") ?? e?.getAttribute("data-go");
    return isLocale(l) ? l : null;
  };
  const linkTo = (l: Locale) => links.find((a) => localeOf(a) === l);
  const page = localeOf(links.find((a) => a.hasAttribute("aria-current")));
  if (!page) return;
  const shipping = links.filter((a) => a.hasAttribute("data-ships")).flatMap((a) => localeOf(a) ?? []);
  const choose = (l: Locale) => {
    if (shipping.includes(l)) browserStore.write(LANGUAGE_KEY, l);
  };
  const go = (l: Locale) => {
    const link = linkTo(l);
    if (link) location.replace(carried(link));
  };
  root.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest("a[data-locale]");
    const offered = localeOf(target?.closest("[data-go]"));
    if (link instanceof HTMLAnchorElement) {
      const chosen = localeOf(link);
      if (chosen) choose(chosen);
      link.href = carried(link);
    } else if (offered) {
      choose(offered);
      go(offered);
    } else if (target?.closest("[data-stay]")) {
      choose(page);
      target.closest(".language-offer")?.remove();
    }
  });
  const decision = decideLanguage({
    stored: browserStore.read(LANGUAGE_KEY),
    page,
    available: links.flatMap((a) => localeOf(a) ?? []),
    preferred: navigator.languages ?? [],
    shipping,
  });
  if (decision.kind === "go") go(decision.locale);
  const offer = decision.kind === "offer" && root.querySelector(`template[data-offer="${decision.locale}"]`);
  if (offer instanceof HTMLTemplateElement) root.prepend(offer.content.cloneNode(true));
}
