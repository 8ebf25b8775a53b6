import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "../../zod";
import type { Locale } from "../../i18n/locales";
import { languageName, type TranslatedLocale } from "../../i18n/language-names";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import { lengthProblems, type LimitedText } from "./length-limits";
import { sourceProblems } from "./parity";
import { treeParity, type ParityContext, type TextTree } from "./text-tree";

/** Where a language's translation of an English content file lives: the same path under i18n/<lang>/. */
export function translationPath(root: string, locale: Locale, englishFile: string): string {
  return join(root, "i18n", locale, relative(root, englishFile));
}

/** The `source` every translation file starts with. */
export const TranslationSourceSchema = z.strictObject({
  /** The English file this translates, as a path under content/, e.g. "stages.yaml". */
  file: z.string(),
});

/** What every translation file holds besides its texts. */
type Sourced = { source: { file: string } };

/**
 * One kind of translated content file: the schema of the translation, the check against its
 * English source, and the English content with the translated text in place.
 */
export type TranslationKind<E, T extends Sourced> = {
  schema: z.ZodType<T>;
  /** Every way the translation fails to match the English, one line each; empty when it matches. */
  parity: (english: E, translation: T, at: ParityContext & { locale: TranslatedLocale }) => string[];
  /** The English content, every id, stage, band, slug and source kept, with the translation's text. */
  localize: (english: E, translation: T) => E;
};

/** A kind whose translation holds exactly the English's texts, keyed by id (most of them). */
export type TextKind<E, T extends Sourced> = TranslationKind<E, T> & {
  /** The English's texts in the translation's shape: what a complete translation holds. */
  texts: (english: E) => TextTree;
};

/**
 * A kind whose parity is its texts' against the English's, and, for the texts the layout keeps a
 * fixed room for (`limited`), each one's length against what its language allows.
 */
export function textKind<E, T extends Sourced>(
  kind: Omit<TextKind<E, T>, "parity"> & { limited?: (translation: T) => LimitedText[] },
): TextKind<E, T> {
  const { limited, ...rest } = kind;
  return {
    ...rest,
    parity: (english, t, at) => [...treeParity(kind.texts(english), t, at), ...lengthProblems(limited?.(t) ?? [], at)],
  };
}

/**
 * The English content in a language: its translation read, checked against its schema and then
 * item by item against the English, and its text put in place; in English, the English itself.
 * A missing file, a misnamed source or any item missing, added or reshaped fails the build
 * naming file, language and id: a language that is not complete cannot ship.
 */
export function translate<E, T extends Sourced>(
  kind: TranslationKind<E, T>,
  english: E,
  englishPath: string,
  locale: Locale,
  root: string,
): E {
  if (locale === "en") return english;
  const path = translationPath(root, locale, englishPath);
  const [file, englishFile, language] = [displayPath(path), displayPath(englishPath), languageName(locale)];
  if (!existsSync(path))
    throw new ContentError(file, [`(file): missing: ${englishFile} needs its ${language} translation here`]);
  const translation = parseWithFriendlyErrors(kind.schema, readYaml(path, file), file);
  const problems = [
    ...sourceProblems(translation.source.file, relative(root, englishPath)),
    ...kind.parity(english, translation, { englishFile, language, locale }),
  ];
  if (problems.length > 0) throw new ContentError(file, problems);
  return kind.localize(english, translation);
}
