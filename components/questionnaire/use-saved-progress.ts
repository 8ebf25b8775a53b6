import { useMemo } from "react";
import { useStorageSnapshot } from "@/components/shared/use-storage-snapshot";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { readProgress, readStoredText, type LoadedProgress } from "@/lib/storage/progress";
import { browserStorage } from "@/components/shared/browser-storage";

/**
 * What this browser has saved for a questionnaire, kept current when another tab writes.
 * The static HTML renders as if nothing were saved; the browser then fills it in.
 */
export function useSavedProgress(questionnaire: Questionnaire): LoadedProgress {
  const text = useStorageSnapshot(() => readStoredText(browserStorage(), questionnaire.id) ?? null, null);
  return useMemo(() => readProgress(text, questionnaire), [text, questionnaire]);
}
