import * as z from "../zod-mini";
import { AssessmentResultSchema, type AssessmentResult } from "../link/result-schema";
import { DateSchema } from "../questionnaire/ids";
import type { StorageLike } from "./progress";

/** The last result this browser finished for a questionnaire, so two can share one report. */
export const LatestResultSchema = z.object({
  format: z.literal(1),
  result: AssessmentResultSchema,
  date: DateSchema,
});

export type LatestResult = z.infer<typeof LatestResultSchema>;

export const latestKey = (questionnaireId: string) => `outside-in:latest:${questionnaireId}`;

export function saveLatest(storage: StorageLike | null, result: AssessmentResult, date: string): boolean {
  try {
    storage?.setItem(latestKey(result.questionnaireId), JSON.stringify({ format: 1, result, date }));
    return Boolean(storage);
  } catch {
    return false;
  }
}

/** The stored result, or null when there is none or it cannot be trusted. */
export function loadLatest(storage: StorageLike | null, questionnaireId: string): LatestResult | null {
  try {
    const text = storage?.getItem(latestKey(questionnaireId));
    if (!text) return null;
    const parsed = LatestResultSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.result.questionnaireId === questionnaireId ? parsed.data : null;
  } catch {
    return null;
  }
}
