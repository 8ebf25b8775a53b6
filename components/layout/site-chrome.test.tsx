import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { loadSiteIn } from "@/lib/content/load-site";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Every string of a message object, nested ones too. */
const strings = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];

const ENGLISH = strings(messagesFor("en").chrome);

describe.each<Locale>(["de", "fr", "es"])("the header and footer in %s", (locale) => {
  it("speak the page's language, with links that stay in it", () => {
    const { chrome } = messagesFor(locale);
    render(
      <>
        <SiteHeader site={loadSiteIn(locale)} locale={locale} messages={chrome} languages={[]} />
        <SiteFooter site={loadSiteIn(locale)} locale={locale} messages={chrome} />
      </>,
    );
    const nav = screen.getByRole("navigation", { name: chrome.mainNav });
    expect(nav.querySelector("a")?.getAttribute("href")).toBe(`/${locale}/journey/`);
    expect(screen.getByRole("link", { name: chrome.footer.guide }).getAttribute("href")).toBe(`/${locale}/guide/`);
    const text = document.body.textContent ?? "";
    expect(text).toContain(chrome.footer.credit);
    // Words a language shares with English ("Articles", "Sources" in French) say nothing.
    const own = strings(chrome);
    for (const english of ENGLISH.filter((e) => !own.includes(e))) expect(text, english).not.toContain(english);
  });
});
