import type { TranslatedLocale } from "../../i18n/language-names";
import { STEP_TITLE_MAX } from "../../recommendations/steps-schema";
import { AREA_STAGE_LIMITS } from "../../report/area-stages-schema";

/** A kind of text the layout keeps a fixed room for: English's limit, and where the text shows. */
type LengthLimit = { max: number; where: string };

/** The texts with a length limit, each limited in English by its schema. */
export const LENGTH_LIMITS = {
  areaStageName: { max: AREA_STAGE_LIMITS.name, where: "it sits in a target's menu" },
  areaStageSummary: { max: AREA_STAGE_LIMITS.summary, where: "it is one line on the stage" },
  stepTitle: { max: STEP_TITLE_MAX, where: "it is a step's headline in the plan" },
} satisfies Record<string, LengthLimit>;

export type LimitedKind = keyof typeof LENGTH_LIMITS;

/** Room a language gets beyond English's, by kind of text. */
export type LanguageLimits = Partial<Record<TranslatedLocale, Partial<Record<LimitedKind, number>>>>;

/**
 * Where a language genuinely needs more room than English (a compound German cannot split,
 * say). An entry is added only with the page where the texts show checked at 320 px with the
 * language's longest text (no sideways scrolling, nothing cut off), and docs/translations.md
 * saying so. None so far: every translation says the same in English's room.
 */
export const LANGUAGE_LIMITS: LanguageLimits = {};

/** One translated text with a limit: where it sits in its file, e.g. "areas.leadership.5.name". */
export type LimitedText = { path: string; kind: LimitedKind; text: string };

/** The most characters a language may use for a kind of text. */
export const limitIn = (locale: TranslatedLocale, kind: LimitedKind, limits: LanguageLimits = LANGUAGE_LIMITS) =>
  limits[locale]?.[kind] ?? LENGTH_LIMITS[kind].max;

/**
 * A line for every text longer than its language allows, naming the place, its length and the
 * limit, counted as the English schema counts (after trimming). Empty when all fit.
 */
export function lengthProblems(
  texts: readonly LimitedText[],
  at: { locale: TranslatedLocale; language: string },
  limits: LanguageLimits = LANGUAGE_LIMITS,
): string[] {
  return texts.flatMap(({ path, kind, text }) => {
    const [length, max] = [text.trim().length, limitIn(at.locale, kind, limits)];
    if (length <= max) return [];
    return [
      `${path}: ${length} characters, over the ${max} the ${at.language} allows (${LENGTH_LIMITS[kind].where}): say it in fewer words, with the glossary's terms`,
    ];
  });
}
