import type { Metadata } from "next";
import { loadCatalogue } from "@/lib/content/assessments/load-questionnaires";
import { loadReportContent } from "@/lib/content/assessments/load-report-content";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { Island } from "@/components/islands/island";
import { SiteLink } from "@/components/shared/site-link";

// Indexable like any page: what a crawler sees is the same for everyone (the result lives in
// the fragment it never receives), and without a link the page says how to get one. It stays
// out of the sitemap because it has nothing of its own to find.
export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "Your results",
    description: "Your customer-centricity result, computed in your browser from the link.",
    path: "/results/",
  });
}

export default function ResultsPage() {
  return (
    <>
      <h1 className="results-title">Your results</h1>
      <noscript>
        <p className="notice notice-warn">Results are computed in your browser, so this page needs JavaScript.</p>
      </noscript>
      <Island name="results" props={{ catalogue: loadCatalogue(), content: loadReportContent() }} />
      <p className="muted no-print">
        What now? <SiteLink href="/guide/#for-leaders">The guide</SiteLink> says how to read this report, share it or
        keep it private, and retake it next year.
      </p>
    </>
  );
}
