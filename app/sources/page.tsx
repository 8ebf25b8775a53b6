import type { Metadata } from "next";
import { SourceList } from "@/components/articles/source-list";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { loadBibliography, loadCiters } from "@/lib/content/library/load-sources";
import { citedBy } from "@/lib/sources/citations";

export function generateMetadata(): Metadata {
  return loadPageMetadata({
    title: "Sources",
    description:
      "Every source the Outside-In library cites, once each, with the articles and recommendations that cite it.",
    path: "/sources/",
  });
}

export default function SourcesPage() {
  return <SourceList entries={citedBy(loadBibliography(), loadCiters())} />;
}
