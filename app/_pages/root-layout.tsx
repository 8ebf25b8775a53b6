import type { Viewport } from "next";
import type { ReactNode } from "react";
import { BrandStyle } from "@/components/layout/brand-style";
import { languageTag } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { loadSite } from "@/lib/content/load-site";
import "./styles";

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf8" },
    { media: "(prefers-color-scheme: dark)", color: "#12161c" },
  ],
};

/**
 * The document around every page, in its language: `<html lang>` is what screen readers read
 * by and what `hyphens: auto` hyphenates by. Header, footer and main are the page's own (Frame),
 * since only the page knows its address, and the language switch needs it.
 */
export function RootLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={languageTag(locale)}>
      <head>
        <BrandStyle site={loadSite()} />
      </head>
      <body>{children}</body>
    </html>
  );
}
