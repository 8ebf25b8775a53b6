import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { HISTORY_KEY } from "@/lib/storage/history";
import { CompareForm } from "./compare-form";

// Midday UTC, so the day is the same in every time zone the suite runs in.
const saved = { savedAt: "2026-11-22T12:00:00.000Z", questionnaireIds: ["journey"], fragment: "v=2&journey=2.abc" };

const DAY: Record<Locale, RegExp> = {
  en: /^22 Nov 2026: journey$/,
  de: /^22\.11\.2026: journey$/,
  fr: /^22 nov\. 2026 : journey$/,
  es: /^22 nov 2026: journey$/,
};

describe("the compare picker's saved results, dated in the page's language", () => {
  beforeEach(() => window.localStorage.setItem(HISTORY_KEY, JSON.stringify({ format: 1, entries: [saved] })));
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
  });

  it.each(["en", "de", "fr", "es"] as const)("in %s", (locale) => {
    render(<CompareForm before="" after="" locale={locale} words={messagesFor(locale).compare.form} />);
    const option = screen.getByRole("option", { name: (name) => name.includes("journey") });
    expect(option.textContent?.replace(/\s/g, " ")).toMatch(DAY[locale]);
    if (locale !== "en") expect(option.textContent).not.toMatch(/Nov 2026/);
  });
});
