import { z } from "../../zod";
import { TextSchema } from "../../questionnaire/text";
import { TransitionStepSchema, type TransitionStep, type TransitionStepSet } from "../../recommendations/steps-schema";
import type { LimitedText } from "./length-limits";
import { textKind, TranslationSourceSchema } from "./read-translation";

/** A plan step's key in a translation: "<area>:<from>-<to>", like "leadership:1-2". */
export const stepKey = (s: Pick<TransitionStep, "dimension" | "from" | "to">) => `${s.dimension}:${s.from}-${s.to}`;

/** content/i18n/<lang>/recommendations/<questionnaire>-steps.yaml: the journey plan in another language. */
export const StepsTranslationSchema = z.strictObject({
  /** Names content/recommendations/<questionnaire>-steps.yaml. */
  source: TranslationSourceSchema,
  /** By "<area>:<from>-<to>", every step of the English; its articles and sources come from the English. */
  steps: z.record(
    z.string(),
    z.strictObject({
      /** A short imperative headline: the task's name in a plan (length checked per language). */
      title: TextSchema,
      /** Who does what, how often, and what it produces. */
      step: TransitionStepSchema.shape.step,
      /** Why it matters, crediting by name whom the English credits. */
      why: TransitionStepSchema.shape.why,
    }),
  ),
});

export type StepsTranslation = z.infer<typeof StepsTranslationSchema>;

export const STEPS = textKind<TransitionStepSet, StepsTranslation>({
  schema: StepsTranslationSchema,
  texts: (set) => ({
    steps: Object.fromEntries(set.steps.map((s) => [stepKey(s), { title: s.title, step: s.step, why: s.why }])),
  }),
  limited: (t) =>
    Object.entries(t.steps).map(([key, s]): LimitedText => ({
      path: `steps.${key}.title`,
      kind: "stepTitle",
      text: s.title,
    })),
  localize: (set, t) => ({ ...set, steps: set.steps.map((s) => ({ ...s, ...t.steps[stepKey(s)] })) }),
});
