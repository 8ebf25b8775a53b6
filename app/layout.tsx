import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { BrandStyle } from "@/components/layout/brand-style";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { loadLayoutMetadata } from "@/lib/content/load-page-metadata";
import { loadSite } from "@/lib/content/load-site";
import "@/styles/base.css";
import "@/styles/layout.css";
import "@/styles/questionnaire.css";
import "@/styles/results.css";
import "@/styles/articles.css";
import "@/styles/team.css";
import "@/styles/print.css";

// Defaults for pages without their own, such as the 404 page; pages replace them whole.
export function generateMetadata(): Metadata {
  return loadLayoutMetadata();
}

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
