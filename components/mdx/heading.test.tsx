import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { AnchoredHeading } from "./heading";

const NAMED: Record<Locale, string> = {
  en: "Link to this section: Why it matters",
  de: "Link zu diesem Abschnitt: Why it matters",
  fr: "Lien vers cette section : Why it matters",
  es: "Enlace a esta sección: Why it matters",
};

describe("a heading's # link, in the article's language", () => {
  afterEach(cleanup);

  it.each(LOCALES)("is named for screen readers in %s", (locale) => {
    render(
      <AnchoredHeading level={2} label={messagesFor(locale).articles.anchor}>
        Why it matters
      </AnchoredHeading>,
    );
    const link = screen.getByRole("link");
    expect(link.getAttribute("aria-label")).toBe(NAMED[locale]);
    if (locale !== "en") expect(link.getAttribute("aria-label")).not.toContain("Link to this section");
    expect(link.getAttribute("href")).toBe("#why-it-matters");
  });
});
