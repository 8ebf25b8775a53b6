import type { Questionnaire } from "../questionnaire/schema";
import { journeyOf } from "../questionnaire/catalogue";
import { minutesLeft } from "../questionnaire/timing";

/**
 * What an invitation asks of a respondent: both assessments, journey first, and the time they
 * take, worked out from the questions' text as the flow itself shows it (timing.ts).
 */
export function invitedRun(current: readonly Questionnaire[]): { journeyId: string; minutes: number } {
  const journey = journeyOf(current);
  if (!journey) throw new Error("An invited run starts with the journey, and the content has none.");
  return { journeyId: journey.id, minutes: current.reduce((sum, q) => sum + minutesLeft(q), 0) };
}
