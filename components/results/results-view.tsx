"use client";

import { SiteLink } from "@/components/shared/site-link";
import { useLocationHash } from "@/components/shared/use-location-hash";
import { decodeFragment } from "@/lib/link/fragment";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { Report, type ReportContent } from "./report";

/** Reads the result from the URL fragment, which the server never sees, and renders it. */
export function ResultsView({ catalogue, content }: { catalogue: Catalogue; content: ReportContent }) {
  // The static HTML has no fragment; null until the browser reads its own address.
  const hash = useLocationHash();
  if (hash === null) return <p className="results-loading">Reading your result…</p>;
  const journey = content.current.find((q) => q.kind === "stages");
  const decoded = decodeFragment(hash, catalogue);
  if (!decoded.ok) {
    return (
      <div className="notice notice-warn" role="alert">
        <h2>This result cannot be shown</h2>
        <p>{decoded.error.message}</p>
        <div className="button-row">
          {journey && (
            <SiteLink className="button" href={`/assess/${journey.id}/`}>
              Take the journey assessment
            </SiteLink>
          )}
          <SiteLink className="button button-secondary" href="/">
            Go to the home page
          </SiteLink>
        </div>
      </div>
    );
  }
  return <Report result={decoded.value} catalogue={catalogue} content={content} />;
}
