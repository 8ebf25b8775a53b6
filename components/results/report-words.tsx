import { createContext, useContext } from "react";
import type { ReportContent } from "@/lib/report/content";

/**
 * The report's language and words, from its content (lib/report/content.ts): every part of the
 * report reads them here rather than each taking them as a prop. Browser code holds no strings
 * of its own (docs/decisions/0018-messages-typed-from-english.md).
 */
export type ReportWords = Pick<ReportContent, "locale" | "messages">;

const ReportWordsContext = createContext<ReportWords | null>(null);

export const ReportWordsProvider = ReportWordsContext.Provider;

/** The report's words; a part rendered outside a report (or a test without them) fails by name. */
export function useReportWords(): ReportWords {
  const words = useContext(ReportWordsContext);
  if (!words)
    throw new Error("A part of the report was rendered without <ReportWordsProvider>: give it the report's words.");
  return words;
}
