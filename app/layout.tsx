import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { BrandStyle } from "@/components/layout/brand-style";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { loadSite } from "@/lib/content/load-site";
import "@/styles/base.css";
import "@/styles/layout.css";
import "@/styles/questionnaire.css";
import "@/styles/results.css";
import "@/styles/articles.css";
import "@/styles/print.css";

export function generateMetadata(): Metadata {
  const site = loadSite();
  return {
    title: { default: `${site.name}: how customer-centric is your organisation?`, template: `%s · ${site.name}` },
    description: site.description,
  };
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
