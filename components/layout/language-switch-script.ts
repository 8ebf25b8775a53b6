import { browserStore } from "@/components/shared/browser-storage";
import { decideLanguage, LANGUAGE_KEY } from "@/lib/i18n/choice";
import { isLocale } from "@/lib/i18n/locales";

/** A link's address with this page's query and fragment: a result link stays that result. */
function carried(link: HTMLAnchorElement): string {
  const url = new URL(link.href);
  url.search = location.search;
  url.hash = location.hash;
  return url.href;
}

/**
 * The language switch's script (an enhancer: no React). A language chosen, in the switch or the
 * offer (both links), is stored when it ships (through the one door to storage) and carries the page's fragment; what happens on
 * opening a page is decideLanguage's rule (lib/i18n/choice.ts): follow a stored choice with
 * location.replace, so Back does not bounce; offer, never impose, a browser's language.
 */
export function startLanguageSwitch(root: HTMLElement): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>("a[data-locale]")];
  const localeOf = (link?: Element | null) => {
    const l = link?.getAttribute("data-locale");
    return isLocale(l) ? l : null;
  };
  const page = localeOf(root.querySelector("[aria-current]"));
  if (!page) return;
  const shipping = links.flatMap((a) => (a.hasAttribute("data-ships") ? (localeOf(a) ?? []) : []));
  const choose = (l: string) => shipping.some((s) => s === l) && browserStore.write(LANGUAGE_KEY, l);
  root.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest("a[data-locale]");
    if (link instanceof HTMLAnchorElement) {
      choose(localeOf(link) ?? "");
      link.href = carried(link);
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
  const to = links.find((a) => decision.kind !== "stay" && localeOf(a) === decision.locale);
  if (to && decision.kind === "go") location.replace(carried(to));
  const offer = to && root.querySelector(`template[data-offer="${localeOf(to)}"]`);
  if (offer instanceof HTMLTemplateElement && decision.kind === "offer") root.prepend(offer.content.cloneNode(true));
}
