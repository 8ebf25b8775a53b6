import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "../../zod";
import { languageName, type TranslatedLocale } from "../../i18n/language-names";
import { TextSchema } from "../../questionnaire/text";
import type { StageModel } from "../../questionnaire/stage-model";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";

/**
 * content/i18n/<lang>/glossary.yaml: the terms every file of a language uses the same way (stage
 * names, scale anchors, customer-centric, touch-point, the blunders' names). It has no English
 * file to mirror: each term names its English (`en`) and its translation under the language's
 * own key (`de`, `fr`, `es`).
 */
export function glossarySchema(locale: TranslatedLocale) {
  const Term = z
    .object({
      /** The English term, as the English content writes it. */
      en: TextSchema,
      /** When and how to use it, for translators. */
      note: TextSchema.optional(),
    })
    // The term in the language sits under the language's own key, the one word every file uses.
    .catchall(TextSchema)
    .transform((t, ctx) => {
      for (const key of Object.keys(t).filter((k) => k !== "en" && k !== "note" && k !== locale))
        ctx.issues.push({
          code: "custom",
          path: [key],
          input: t,
          message: `not a glossary field: use en, ${locale} and note`,
        });
      const translation = t[locale];
      if (translation === undefined) {
        ctx.issues.push({
          code: "custom",
          path: [locale],
          input: t,
          message: `missing: the ${languageName(locale)} term`,
        });
        return z.NEVER;
      }
      return { en: t.en, translation, ...(t.note !== undefined && { note: t.note }) };
    });
  return z.strictObject({
    /** The language's code, the same as the folder's. */
    language: z.literal(locale, { error: `must be "${locale}", the folder's language` }),
    terms: z.array(Term).min(1, "list the language's fixed terms"),
  });
}

export type Glossary = z.output<ReturnType<typeof glossarySchema>>;

/**
 * Every way a glossary fails its language: an English term listed twice, or a stage name of the
 * translated stage model that the glossary does not fix (stage names are fixed terms, so the
 * report and the questionnaires cannot name a stage two ways).
 */
export function glossaryProblems(glossary: Glossary, stages?: StageModel): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  glossary.terms.forEach((t, i) => {
    const key = t.en.toLowerCase();
    if (seen.has(key)) problems.push(`terms[${i}].en: "${t.en}" is listed twice: keep one entry per term`);
    seen.add(key);
  });
  const fixed = new Set(glossary.terms.map((t) => t.translation.toLowerCase()));
  for (const s of stages?.stages ?? [])
    if (!fixed.has(s.name.toLowerCase()))
      problems.push(
        `terms: stage ${s.stage} is "${s.name}" in stages.yaml but no term here: add it, or use the glossary's name there`,
      );
  return problems;
}

/** A language's glossary, read and checked against its translated stage model (when that one loads). */
export function loadGlossary(locale: TranslatedLocale, stages?: StageModel, root: string = contentDir()): Glossary {
  const path = join(root, "i18n", locale, "glossary.yaml");
  const file = displayPath(path);
  if (!existsSync(path))
    throw new ContentError(file, [`(file): missing: the ${languageName(locale)} needs its glossary here`]);
  const glossary = parseWithFriendlyErrors(glossarySchema(locale), readYaml(path, file), file);
  const problems = glossaryProblems(glossary, stages);
  if (problems.length > 0) throw new ContentError(file, problems);
  return glossary;
}
