import { z } from "../zod";
import { AnswersSchema } from "../questionnaire/answers";
import { DateSchema, IdSchema } from "../questionnaire/ids";

/** Longest label or organisation name a link carries; longer ones are cut, not rejected. */
export const MAX_LABEL = 80;

/** Free text typed by a respondent: shown as text only, never as HTML. */
export const LabelSchema = z.string().trim().max(MAX_LABEL).min(1);

/** One completed (or partly completed) assessment inside a result. */
export const AssessmentResultSchema = z.object({
  questionnaireId: IdSchema,
  version: z.number().int().positive(),
  answers: AnswersSchema,
});

/** What a share link carries: one or more assessments and optional labels. */
export const SharedResultSchema = z.object({
  assessments: z.array(AssessmentResultSchema).min(1),
  /** The respondent's role or name, if they chose to add it. */
  label: LabelSchema.optional(),
  /** The organisation's name, if they chose to add it. */
  org: LabelSchema.optional(),
  /** The day the assessment was completed, so a later result can be compared with it. */
  date: DateSchema.optional(),
});

export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;
export type SharedResult = z.infer<typeof SharedResultSchema>;
