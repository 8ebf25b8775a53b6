import { z } from "../../zod";
import { IdSchema } from "../../questionnaire/ids";
import type { Questionnaire } from "../../questionnaire/schema";
import { TextSchema } from "../../questionnaire/text";
import { languageName, type TranslatedLocale } from "../../i18n/language-names";
import { missingOrExtra, placeholderProblems, textProblems } from "./parity";

/**
 * A questionnaire's text in another language, keyed by the English file's ids. Text only: ids,
 * the order and stages of options, keying and versions come from the English source alone, so a
 * translation cannot change what an answer scores.
 */
export const QuestionnaireTranslationSchema = z.strictObject({
  /** The English file this translates, and its version: a new English version needs a new translation. */
  source: z.strictObject({ file: z.string(), version: z.number().int().positive() }),
  title: TextSchema,
  summary: TextSchema,
  /** The blunders check's five scale labels, in the English order. */
  scale: z.array(TextSchema).optional(),
  dimensions: z.record(
    IdSchema,
    z.strictObject({
      name: TextSchema,
      description: TextSchema,
      /** The blunders check only, as in the English file. */
      topic: TextSchema.optional(),
      alternative: TextSchema.optional(),
    }),
  ),
  /** By version: the release's summary, and each change's `why` by question id. */
  changelog: z
    .record(
      z.string().regex(/^\d+$/, "a version number, quoted"),
      z.strictObject({ summary: TextSchema, changes: z.record(IdSchema, TextSchema) }),
    )
    .optional(),
  questions: z.record(
    IdSchema,
    z.strictObject({
      text: TextSchema,
      help: TextSchema.optional(),
      /** The journey only: one label per English option, in the English order. */
      options: z.array(TextSchema).optional(),
    }),
  ),
});

export type QuestionnaireTranslation = z.infer<typeof QuestionnaireTranslationSchema>;

/**
 * Every way a translation fails to match its English source, one line each, naming the place
 * ("questions.leadership-1.options") and what to do. Empty when it matches.
 */
export function questionnaireParity(
  english: Questionnaire,
  englishFile: string,
  t: QuestionnaireTranslation,
  locale: TranslatedLocale,
): string[] {
  const language = languageName(locale);
  const problems: string[] = [];
  if (t.source.version !== english.version)
    problems.push(
      `source.version: translates version ${t.source.version}, but ${englishFile} is version ${english.version}: translate what changed, then raise it`,
    );
  const pair = (path: string, en: string | undefined, translated: string | undefined) =>
    problems.push(...textProblems(path, en, translated, englishFile, language));
  pair("title", english.title, t.title);
  pair("summary", english.summary, t.summary);
  if (english.kind === "agreement") {
    if (t.scale?.length !== english.scale.length)
      problems.push(`scale: needs ${english.scale.length} labels, in the English order; has ${t.scale?.length ?? 0}`);
  } else if (t.scale) problems.push(`scale: ${englishFile} has no scale: remove it`);
  problems.push(...missingOrExtra("dimensions", english.dimensions, t.dimensions, englishFile, language));
  for (const d of english.dimensions) {
    const td = t.dimensions[d.id];
    if (!td) continue;
    pair(`dimensions.${d.id}.name`, d.name, td.name);
    pair(`dimensions.${d.id}.description`, d.description, td.description);
    pair(`dimensions.${d.id}.topic`, "topic" in d ? d.topic : undefined, td.topic);
    pair(`dimensions.${d.id}.alternative`, "alternative" in d ? d.alternative : undefined, td.alternative);
  }
  const releases = (english.changelog ?? []).map((r) => ({ id: String(r.version), release: r }));
  problems.push(...missingOrExtra("changelog", releases, t.changelog ?? {}, englishFile, language));
  for (const { id, release } of releases) {
    const tr = t.changelog?.[id];
    if (!tr) continue;
    pair(`changelog.${id}.summary`, release.summary, tr.summary);
    const changes = release.changes.map((c) => ({ id: c.question, why: c.why }));
    problems.push(...missingOrExtra(`changelog.${id}.changes`, changes, tr.changes, englishFile, language));
    for (const c of changes) {
      const why = tr.changes[c.id];
      if (why !== undefined) problems.push(...placeholderProblems(`changelog.${id}.changes.${c.id}`, c.why, why));
    }
  }
  problems.push(...missingOrExtra("questions", english.questions, t.questions, englishFile, language));
  for (const q of english.questions) {
    const tq = t.questions[q.id];
    if (!tq) continue;
    pair(`questions.${q.id}.text`, q.text, tq.text);
    pair(`questions.${q.id}.help`, q.help, tq.help);
    const options = "options" in q ? q.options.length : undefined;
    if (options !== tq.options?.length)
      problems.push(
        options === undefined
          ? `questions.${q.id}.options: ${englishFile} has no options here (statements are agreed with): remove them`
          : `questions.${q.id}.options: needs ${options} labels, one per English option in its order; has ${tq.options?.length ?? 0}`,
      );
  }
  return problems;
}

/** The English questionnaire with the translation's text in place; everything that scores stays English's. */
export function localizeQuestionnaire(english: Questionnaire, t: QuestionnaireTranslation): Questionnaire {
  const text = { title: t.title, summary: t.summary };
  const changelog = english.changelog?.map((r) => {
    const tr = t.changelog?.[String(r.version)];
    return {
      ...r,
      summary: tr?.summary ?? r.summary,
      changes: r.changes.map((c) => ({ ...c, why: tr?.changes[c.question] ?? c.why })),
    };
  });
  const question = <Q extends { id: string; text: string; help?: string }>(q: Q): Q => {
    const tq = t.questions[q.id];
    return { ...q, text: tq?.text ?? q.text, ...(q.help !== undefined && { help: tq?.help ?? q.help }) };
  };
  if (english.kind === "stages")
    return {
      ...english,
      ...text,
      ...(changelog && { changelog }),
      dimensions: english.dimensions.map((d) => ({ ...d, ...t.dimensions[d.id] })),
      questions: english.questions.map((q) => ({
        ...question(q),
        options: q.options.map((o, i) => ({ ...o, label: t.questions[q.id]?.options?.[i] ?? o.label })),
      })),
    };
  return {
    ...english,
    ...text,
    ...(changelog && { changelog }),
    scale: english.scale.map((label, i) => t.scale?.[i] ?? label),
    dimensions: english.dimensions.map((d) => {
      const td = t.dimensions[d.id];
      return {
        ...d,
        name: td?.name ?? d.name,
        description: td?.description ?? d.description,
        topic: td?.topic ?? d.topic,
        alternative: td?.alternative ?? d.alternative,
      };
    }),
    questions: english.questions.map(question),
  };
}
