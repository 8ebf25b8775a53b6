import type { ReactNode } from "react";
import { ReportWordsProvider } from "@/components/results/report-words";
import { EN } from "./english-words";

const words = { locale: EN.locale, messages: { results: EN.messages.results, report: EN.messages.report } };

/** A part of the report rendered on its own, with the English words a report gives its parts. */
export function EnglishReport({ children }: { children: ReactNode }) {
  return <ReportWordsProvider value={words}>{children}</ReportWordsProvider>;
}
