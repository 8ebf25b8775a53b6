import * as z from "../zod-mini";
import { AssessmentResultSchema, type AssessmentResult } from "../link/result-schema";
import { DateSchema } from "../questionnaire/ids";
import type { Store } from "./store";

/** The last result this browser finished for a questionnaire, so two can share one report. */
export const LatestResultSchema = z.object({
  format: z.literal(1),
  result: AssessmentResultSchema,
  date: DateSchema,
});

export type LatestResult = z.infer<typeof LatestResultSchema>;

export const latestKey = (questionnaireId: string) => `outside-in:latest:${questionnaireId}`;

export function saveLatest(store: Store, result: AssessmentResult, date: string): boolean {
  return store.write(latestKey(result.questionnaireId), JSON.stringify({ format: 1, result, date })).ok;
}

/** The stored text's result, or null when there is none or it cannot be trusted. */
export function parseLatest(text: string | null | undefined, questionnaireId: string): LatestResult | null {
  if (!text) return null;
  try {
    const parsed = LatestResultSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.result.questionnaireId === questionnaireId ? parsed.data : null;
  } catch {
    return null;
  }
}

export function loadLatest(store: Store, questionnaireId: string): LatestResult | null {
  return parseLatest(store.read(latestKey(questionnaireId)), questionnaireId);
}
