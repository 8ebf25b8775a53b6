import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LANGUAGE_KEY } from "@/lib/i18n/choice";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitch, type SwitchLink } from "./language-switch";
import { startLanguageSwitch } from "./language-switch-script";

const NAMES: Record<Locale, string> = { en: "English", de: "Deutsch", fr: "Français", es: "Español" };
const OFFERS: Record<Locale, SwitchLink["offer"]> = {
  en: { text: "This page is also in English.", go: "Read in English", stay: "Stay in English" },
  de: { text: "Diese Seite gibt es auch auf Deutsch.", go: "Auf Deutsch lesen", stay: "Stay in English" },
  fr: { text: "Cette page existe aussi en français.", go: "Lire en français", stay: "Stay in English" },
  es: { text: "Esta página también está en español.", go: "Leer en español", stay: "Stay in English" },
};

/** The results page's switch in English, German and French shipping, as the build draws it. */
function drawSwitch(shipping: Locale[] = ["en", "de", "fr"]) {
  const links: SwitchLink[] = shipping.map((locale) => ({
    locale,
    tag: locale,
    path: locale === "en" ? "/results/" : `/${locale}/results/`,
    name: NAMES[locale],
    current: locale === "en",
    ships: true,
    offer: OFFERS[locale],
  }));
  document.body.innerHTML = renderToString(<LanguageSwitch label="Language" links={links} />);
  const root = document.querySelector<HTMLElement>('[data-island="language"]');
  if (!root) throw new Error("no language island drawn");
  return root;
}

function openAt(hash: string, languages: string[]) {
  window.history.replaceState(null, "", `/results/${hash}`);
  vi.spyOn(navigator, "languages", "get").mockReturnValue(languages);
  const replace = vi.spyOn(window.location, "replace").mockImplementation(() => {});
  return replace;
}

afterEach(() => vi.restoreAllMocks());

describe("the language switch's script", () => {
  it("carries the page's fragment onto the link chosen, and remembers the choice", async () => {
    openAt("#v=2&journey=3.ABC", ["en-GB"]);
    startLanguageSwitch(drawSwitch());
    const german = screen.getByRole("link", { name: "Deutsch" });
    german.addEventListener("click", (e) => e.preventDefault());
    await userEvent.click(german);
    expect(german.getAttribute("href")).toBe("http://localhost:3000/de/results/#v=2&journey=3.ABC");
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe("de");
  });

  it("sends a reader who chose German from an English result link to the German page, same fragment", () => {
    localStorage.setItem(LANGUAGE_KEY, "de");
    const replace = openAt("#v=2&journey=3.ABC", ["en-GB"]);
    startLanguageSwitch(drawSwitch());
    expect(replace).toHaveBeenCalledWith("http://localhost:3000/de/results/#v=2&journey=3.ABC");
  });

  it("offers a first visitor their browser's language, moves only on the tap, and remembers it", async () => {
    const replace = openAt("#v=2&journey=3.ABC", ["de-DE", "en"]);
    startLanguageSwitch(drawSwitch());
    expect(replace).not.toHaveBeenCalled();
    const offer = screen.getByRole("region", { name: "Deutsch" });
    expect(offer.textContent).toContain("Diese Seite gibt es auch auf Deutsch.");
    const go = screen.getByRole("link", { name: "Auf Deutsch lesen" });
    go.addEventListener("click", (e) => e.preventDefault());
    await userEvent.click(go);
    expect(go.getAttribute("href")).toBe("http://localhost:3000/de/results/#v=2&journey=3.ABC");
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe("de");
  });

  it("stores a reader's wish to stay, and then offers nothing", async () => {
    openAt("", ["fr-FR"]);
    startLanguageSwitch(drawSwitch());
    await userEvent.click(screen.getByRole("button", { name: "Stay in English" }));
    expect(screen.queryByRole("region")).toBeNull();
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe("en");
    startLanguageSwitch(drawSwitch());
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("offers nothing for a language the site does not ship", () => {
    openAt("", ["es-ES"]);
    startLanguageSwitch(drawSwitch());
    expect(screen.queryByRole("region")).toBeNull();
  });
});
