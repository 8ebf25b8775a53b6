import * as z from "../zod-mini";
import type { Catalogue } from "./catalogue";
import { DateSchema, IdSchema } from "./ids";
import { checkQuestionnaire } from "./refinements";

/**
 * The catalogue as the browser reads it back from /questionnaires.json (a retake fetches it to
 * read a result made with any version): the same fields and rules as QuestionnaireSchema
 * (schema.ts), cross-field rules included, written with zod's mini build because the content
 * schema's full zod would ship to every page with an island. A test holds the two to the same
 * verdict on the real catalogue and on every mutation of it.
 */

const Text = z.string().check(z.trim(), z.minLength(1));
const Version = z.int().check(z.positive());

const QuestionChange = z.strictObject({
  question: IdSchema,
  kind: z.literal(["new", "changed", "removed"]),
  why: Text,
});

const Release = z.strictObject({
  version: Version,
  date: DateSchema,
  summary: Text,
  changes: z.array(QuestionChange).check(z.minLength(1)),
});

const BaseFields = {
  id: IdSchema,
  version: Version,
  title: Text,
  summary: Text,
  changelog: z.optional(z.array(Release)),
};

const DimensionFields = { id: IdSchema, name: Text, description: Text };

const QuestionFields = {
  id: IdSchema,
  dimension: IdSchema,
  text: Text,
  help: z.optional(Text),
  // The served file leaves translators' notes out (for-browser.ts), but the rules stay the build's.
  translatorNote: z.optional(Text.check(z.maxLength(600))),
};

const StageOption = z.strictObject({ label: Text, stage: z.int().check(z.minimum(1), z.maximum(6)) });

const StagesQuestionnaire = z.strictObject({
  ...BaseFields,
  kind: z.literal("stages"),
  dimensions: z.array(z.strictObject(DimensionFields)).check(z.minLength(3), z.maxLength(8)),
  questions: z
    .array(z.strictObject({ ...QuestionFields, options: z.array(StageOption).check(z.minLength(4), z.maxLength(6)) }))
    .check(z.minLength(1)),
});

const AgreementQuestionnaire = z.strictObject({
  ...BaseFields,
  kind: z.literal("agreement"),
  scale: z.array(Text).check(z.length(5)),
  dimensions: z
    .array(z.strictObject({ ...DimensionFields, alternative: Text, topic: Text.check(z.maxLength(40)) }))
    .check(z.minLength(1), z.maxLength(8)),
  questions: z
    .array(z.strictObject({ ...QuestionFields, keying: z.literal(["blunder", "alternative"]) }))
    .check(z.minLength(1)),
});

export const CatalogueSchema = z.array(
  z.discriminatedUnion("kind", [StagesQuestionnaire, AgreementQuestionnaire]).check(z.superRefine(checkQuestionnaire)),
);

/** Where an issue sits, as a reader of the file would point at it: `[1].questions[3].text`. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
}

export type CatalogueRead = { ok: true; value: Catalogue } | { ok: false; error: string };

/** The catalogue, or what is wrong with it: its first problem, with the field it is in. */
export function readCatalogue(data: unknown): CatalogueRead {
  const parsed = CatalogueSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${pathOf(issue.path).replace(/^\./, "")}` : "";
  return {
    ok: false,
    error: `the questionnaires file is not the site's own${where}: ${issue?.message ?? "unreadable"}`,
  };
}
