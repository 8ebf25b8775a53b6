import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { BrandStyle } from "@/components/layout/brand-style";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { loadSite } from "@/lib/content/load-site";
import { FEED_LINK, SITE_DESCRIPTION, SITE_NAME, SITE_TITLE } from "@/lib/site/page-metadata";
import { readSiteUrl } from "@/lib/site/site-url";
import "@/styles/base.css";
import "@/styles/layout.css";
import "@/styles/questionnaire.css";
import "@/styles/results.css";
import "@/styles/articles.css";
import "@/styles/print.css";

export const metadata: Metadata = {
  // Pages give site-relative canonical and Open Graph URLs; this makes them absolute.
  metadataBase: new URL(`${readSiteUrl().root}/`),
  title: { default: SITE_TITLE, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  // Defaults for pages without their own, such as the 404 page; pages replace them whole.
  alternates: { types: FEED_LINK },
  openGraph: { siteName: SITE_NAME, locale: "en_GB", type: "website" },
  twitter: { card: "summary" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf8" },
    { media: "(prefers-color-scheme: dark)", color: "#12161c" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = loadSite();
  return (
    <html lang="en-GB">
      <head>
        <BrandStyle site={site} />
      </head>
      <body>
        <SiteHeader site={site} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
