import type { Metadata } from "next";
import { loadCatalogue } from "@/lib/content/assessments/load-questionnaires";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { Island } from "@/components/islands/island";
import { forBrowser } from "@/lib/questionnaire/for-browser";
import { messagesFor } from "@/lib/i18n/messages";

export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "Compare two results",
    description: "Compare an earlier and a later result: what moved, by how much, and what cannot be compared.",
    path: "/compare/",
  });
}

export default function ComparePage() {
  return (
    <>
      <h1>Compare two results</h1>
      <p className="lead no-print">
        Paste an earlier and a later result link, for example from this year and last year. Both are read in your
        browser.
      </p>
      <Island
        name="compare"
        props={{
          catalogue: loadCatalogue().map(forBrowser),
          locale: "en",
          messages: {
            results: messagesFor("en").results,
            compare: messagesFor("en").compare,
            link: messagesFor("en").link,
          },
        }}
      />
    </>
  );
}
