import * as z from "../zod-mini";
import { AnswersSchema } from "../questionnaire/answers";
import { DateSchema, IdSchema } from "../questionnaire/ids";
import { LOCALES } from "../i18n/locales";
import { IMPORTANCE_LEVELS } from "./importance";

/** Longest label or organisation name a link carries; longer ones are cut, not rejected. */
export const MAX_LABEL = 80;

/** Free text typed by a respondent: shown as text only, never as HTML. */
export const LabelSchema = z.string().check(z.trim(), z.maxLength(MAX_LABEL), z.minLength(1));

/** One completed (or partly completed) assessment inside a result. */
export const AssessmentResultSchema = z.object({
  questionnaireId: IdSchema,
  version: z.int().check(z.positive()),
  answers: AnswersSchema,
});

/**
 * The earlier result a retake carries, so the change since last time shows on any device. One
 * level deep: it has no earlier result of its own, and no targets: the retake carries the
 * targets the earlier report planned toward as its own (see joinArrival), where "change since
 * last time" says whether each was reached and the plan keeps climbing toward the rest.
 */
export const PreviousResultSchema = z.object({
  assessments: z.array(AssessmentResultSchema).check(z.minLength(1)),
  /** The role or name the earlier result carried. */
  label: z.optional(LabelSchema),
  /** The organisation the earlier result carried. */
  org: z.optional(LabelSchema),
  /** The day the earlier result was completed. */
  date: z.optional(DateSchema),
  /** The language the earlier answers were given in; English when absent. */
  language: z.optional(z.enum(LOCALES)),
  /** The earlier result's notes, packed as the link carries them (lib/link/notes.ts). */
  notes: z.optional(z.string()),
});

/** What a share link carries: one or more assessments and optional labels. */
export const SharedResultSchema = z.object({
  assessments: z.array(AssessmentResultSchema).check(z.minLength(1)),
  /** The respondent's role or name, if they chose to add it. */
  label: z.optional(LabelSchema),
  /** The organisation's name, if they chose to add it. */
  org: z.optional(LabelSchema),
  /** The day the assessment was completed, so a later result can be compared with it. */
  date: z.optional(DateSchema),
  /** Target stages the leader chose for journey areas, by area id; areas left out use the default. */
  targets: z.optional(z.record(z.string(), z.int().check(z.minimum(1), z.maximum(6)))),
  /** The result this one retook, when it was made by retaking an earlier one. */
  previous: z.optional(PreviousResultSchema),
  /** The language the answers were given in (`l=`); English when absent. */
  language: z.optional(z.enum(LOCALES)),
  /** How much each journey area matters to the organisation now (`i=`); areas left out are unset. */
  importance: z.optional(z.record(z.string(), z.enum(IMPORTANCE_LEVELS))),
  /**
   * The leader's notes on their answers (`n=`), packed as the link carries them and read with
   * unpackNotes (lib/link/notes.ts): only when the leader chose to put them in the link.
   */
  notes: z.optional(z.string()),
});

export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;
export type PreviousResult = z.infer<typeof PreviousResultSchema>;
export type SharedResult = z.infer<typeof SharedResultSchema>;
