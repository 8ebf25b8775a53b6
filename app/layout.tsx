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
// The report's, compare's and the forms' styles, then the articles', then the team's: the order
// is the cascade's, so a later file wins a tie.
import "@/styles/report.css";
import "@/styles/stage-strip.css";
import "@/styles/radar.css";
import "@/styles/area-details.css";
import "@/styles/compare.css";
import "@/styles/blunders.css";
import "@/styles/forms.css";
import "@/styles/summary.css";
import "@/styles/plan.css";
import "@/styles/articles.css";
import "@/styles/invitation.css";
import "@/styles/team-grid.css";
import "@/styles/team-spread.css";
import "@/styles/actions.css";
import "@/styles/top-questions.css";
import "@/styles/notes.css";
import "@/styles/present-mode.css";
import "@/styles/evidence.css";
import "@/styles/disclosure.css";
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
