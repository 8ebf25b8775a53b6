import type { ReactNode } from "react";
import { ReportWordsProvider } from "@/components/results/report-words";
import { EN } from "./english-words";

const { results, report, link } = EN.messages;
const words = { locale: EN.locale, messages: { results, report, link } };

/** A part of the report rendered on its own, with the English words a report gives its parts. */
export function EnglishReport({ children }: { children: ReactNode }) {
  return <ReportWordsProvider value={words}>{children}</ReportWordsProvider>;
}
