import { useMemo } from "react";
import { useStorageSnapshot } from "@/components/shared/use-storage-snapshot";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { progressKey } from "@/lib/storage/keys";
import { readProgressOf, type ProgressRead } from "@/lib/storage/progress";
import { browserStore } from "@/components/shared/browser-storage";

/**
 * What this browser has saved for a questionnaire, kept current when another tab writes.
 * The static HTML renders as if nothing were saved; the browser then fills it in.
 */
export function useSavedProgress(questionnaire: Questionnaire): ProgressRead {
  const text = useStorageSnapshot(() => browserStore.read(progressKey(questionnaire.id)), null);
  return useMemo(
    () => (text === undefined ? { kind: "unavailable" as const } : readProgressOf(text, questionnaire)),
    [text, questionnaire],
  );
}
