import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "@/styles/base.css";
import "@/styles/layout.css";
import "@/styles/questionnaire.css";
import "@/styles/results.css";
import "@/styles/articles.css";
import "@/styles/print.css";

export const metadata: Metadata = {
  title: { default: "Outside-In: how customer-centric is your organisation?", template: "%s · Outside-In" },
  description:
    "Free, private self-assessments for leaders: where your organisation stands on the journey from product-centric to customer-centric, and what to do next.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf8" },
    { media: "(prefers-color-scheme: dark)", color: "#12161c" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
