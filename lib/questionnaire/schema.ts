import { z } from "../zod";
import { DateSchema, IdSchema } from "./ids";
import { TextSchema } from "./text";
import { checkQuestionnaire } from "./refinements";

/** One question's change in a release. */
export const QuestionChangeSchema = z.strictObject({
  /** The question's id in the new version (for "removed": in the old one). */
  question: IdSchema,
  /**
   * new: a question that was not asked before. changed: same id, but its wording or options
   * changed, so an earlier answer no longer carries over. removed: no longer asked.
   */
  kind: z.enum(["new", "changed", "removed"]),
  /** What changed and why, in a sentence or two a reader of the changelog understands. */
  why: TextSchema,
});

/** A released version: what it changed and why. */
export const ReleaseSchema = z.strictObject({
  version: z.number().int().positive(),
  /** When it was released, quoted: "2026-11-27". */
  date: DateSchema,
  /** The release in a sentence. */
  summary: TextSchema,
  changes: z.array(QuestionChangeSchema).min(1, "list at least one change"),
});

const BaseFields = {
  /** Stable id used in URLs, storage and share links. Never change it once released. */
  id: IdSchema,
  /** Bump whenever questions, options or their order change; old versions stay in the archive. */
  version: z.number().int().positive(),
  /** Title shown on the start screen and in results. */
  title: TextSchema,
  /** One or two sentences that say what the questionnaire measures. */
  summary: TextSchema,
  /** What changed in each released version and why, newest first: shown on /how-scoring-works/. */
  changelog: z.array(ReleaseSchema).optional(),
};

/** One axis of the radar. */
export const DimensionSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  /** What the dimension covers and why it matters, in plain words. */
  description: TextSchema,
});

/** An answer option that evidences one of the six stages. */
export const StageOptionSchema = z.strictObject({
  /** What a respondent would observe in an organisation at this stage. */
  label: TextSchema,
  /** The stage (1 product-centric … 6 segment managers) this option evidences. */
  stage: z.number().int().min(1, "stage must be between 1 and 6").max(6, "stage must be between 1 and 6"),
});

const QuestionFields = {
  /** Stable id: `<dimension>-<n>`. Never reuse an id for a different question. */
  id: IdSchema,
  /** The dimension (radar axis) this question evidences. */
  dimension: IdSchema,
  /** The question, about observable behaviour rather than opinion. */
  text: TextSchema,
  /** Optional hint that clarifies a term or what to count. */
  help: TextSchema.optional(),
  /**
   * Guidance for translators, in one to three sentences: what must not drift so the question
   * measures the same thing in every language (the behaviour asked about, who acts, what
   * separates adjacent options; for a statement, its polarity and the words whose strength
   * matters). Never shown to leaders, never scored, never in a link: the pages strip it before
   * a questionnaire reaches the browser (for-browser.ts).
   */
  translatorNote: TextSchema.max(600, "keep a translator's note to one to three sentences").optional(),
};

export const StageQuestionSchema = z.strictObject({
  ...QuestionFields,
  /** Ordered from product-centric to customer-centric. "Don't know" is added by the site. */
  options: z.array(StageOptionSchema).min(4, "needs at least 4 options").max(6, "allows at most 6 options"),
});

export const AgreementQuestionSchema = z.strictObject({
  ...QuestionFields,
  /** `blunder`: agreeing means the blunder is present. `alternative`: agreeing means it is avoided. */
  keying: z.enum(["blunder", "alternative"]),
});

/** A blunder: what it looks like, and the "flashpoint" alternative. */
export const BlunderDimensionSchema = DimensionSchema.extend({
  alternative: TextSchema,
  /**
   * A neutral name for the part of the check about this blunder, shown while answering
   * ("recognition"), so the section header does not tell the respondent which answer is the
   * bad one. The blunder's own name appears only in results.
   */
  topic: TextSchema.max(40),
});

/** The six-stage journey: each option evidences a stage. */
export const StagesQuestionnaireSchema = z.strictObject({
  ...BaseFields,
  kind: z.literal("stages"),
  dimensions: z.array(DimensionSchema).min(3).max(8),
  questions: z.array(StageQuestionSchema).min(1),
});

/** Statements answered on a five-point agreement scale, keyed for or against a blunder. */
export const AgreementQuestionnaireSchema = z.strictObject({
  ...BaseFields,
  kind: z.literal("agreement"),
  /** The five scale labels, from most disagreement to most agreement. */
  scale: z.array(TextSchema).length(5, "needs exactly 5 labels"),
  dimensions: z.array(BlunderDimensionSchema).min(1).max(8),
  questions: z.array(AgreementQuestionSchema).min(1),
});

export const QuestionnaireSchema = z
  .discriminatedUnion("kind", [StagesQuestionnaireSchema, AgreementQuestionnaireSchema], {
    error:
      'must be "stages" (answers are options anchored to the six stages) or "agreement" (statements on a five-point scale)',
  })
  .superRefine(checkQuestionnaire);

export type Dimension = z.infer<typeof DimensionSchema>;
export type StageQuestion = z.infer<typeof StageQuestionSchema>;
export type AgreementQuestion = z.infer<typeof AgreementQuestionSchema>;
export type StagesQuestionnaire = z.infer<typeof StagesQuestionnaireSchema>;
export type AgreementQuestionnaire = z.infer<typeof AgreementQuestionnaireSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
export type Question = Questionnaire["questions"][number];
