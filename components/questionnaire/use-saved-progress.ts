import { useMemo } from "react";
import { useStorageSnapshot } from "@/components/shared/use-storage-snapshot";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { progressKey } from "@/lib/storage/keys";
import { readProgressOf, type ProgressRead } from "@/lib/storage/progress";
import { browserStore } from "@/components/shared/browser-storage";

/**
 * What this browser has saved for a questionnaire, kept current when another tab writes.
 * The static HTML renders as if nothing were saved; the browser then fills it in.
 *
 * Read only while `reading` (the intro, which offers it), and "none" otherwise: once a run has
 * started, the flow writes its progress on every answer, and reading that back on the render
 * after cost a JSON parse and a schema check per answer, for a value no later step shows.
 */
export function useSavedProgress(questionnaire: Questionnaire, reading: boolean): ProgressRead {
  const text = useStorageSnapshot(() => (reading ? browserStore.read(progressKey(questionnaire.id)) : null), null);
  return useMemo(
    () => (text === undefined ? { kind: "unavailable" as const } : readProgressOf(text, questionnaire)),
    [text, questionnaire],
  );
}
