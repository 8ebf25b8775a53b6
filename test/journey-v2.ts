import type { StagesQuestionnaire } from "../lib/questionnaire/schema";

/**
 * A second version of the journey, for tests only: one question dropped from leadership and a
 * new "channels" area added. Links made with version 1 must still decode and score as before.
 */
export function journeyV2(v1: StagesQuestionnaire): StagesQuestionnaire {
  const options = [1, 2, 3, 4, 5, 6].map((stage) => ({ label: `Channels at stage ${stage}`, stage }));
  return {
    ...v1,
    version: 2,
    dimensions: [...v1.dimensions, { id: "channels", name: "Channels", description: "How channels are run." }],
    questions: [
      ...v1.questions.filter((q) => q.id !== "leadership-4"),
      { id: "channels-1", dimension: "channels", text: "Who owns the phone queue?", options },
      { id: "channels-2", dimension: "channels", text: "Who owns the chat queue?", options },
    ],
  };
}
