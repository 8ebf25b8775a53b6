import { loadCurrentQuestionnairesIn } from "../../lib/content/i18n/load-translations";
import { loadStageModelIn } from "../../lib/content/assessments/load-stage-model";
import { fill } from "../../lib/i18n/format";
import type { Locale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import type { AgreementQuestionnaire, StagesQuestionnaire } from "../../lib/questionnaire/schema";

/** The languages besides English, each with the tag its pages declare in `<html lang>`. */
export const TRANSLATED = [
  { locale: "de", tag: "de-DE" },
  { locale: "fr", tag: "fr-FR" },
  { locale: "es", tag: "es-ES" },
] as const satisfies readonly { locale: Locale; tag: string }[];

/**
 * A string as a regular expression that matches it literally, but for its spaces: French puts a
 * narrow no-break space before a colon, which an accessible name shows as a plain space.
 */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/**
 * A figure as English shows it ("2.75"), as a language shows it: German, French and Spanish
 * write a decimal comma ("2,75"). Written out here, so the test does not trust the formatter.
 */
export const figureIn = (locale: Locale, shown: string) => (locale === "en" ? shown : shown.replace(".", ","));

/** The journey and the blunders check as a language's content files give them. */
export function questionnairesIn(locale: Locale) {
  const all = loadCurrentQuestionnairesIn(locale);
  const journey = all.find((x): x is StagesQuestionnaire => x.id === "journey" && x.kind === "stages");
  const blunders = all.find((x): x is AgreementQuestionnaire => x.id === "blunders" && x.kind === "agreement");
  if (!journey || !blunders) throw new Error(`content/i18n/${locale} lacks the journey or the blunders check`);
  return { journey, blunders };
}

/**
 * What the report's overall stage says in a language: "Stufe 3 von 6: <name>", and the next
 * stage, "nächste: Stufe 4 von 6, <name>" (or "keep it" at the last), from its messages and stages.
 */
export function overallStageIn(locale: Locale, stage: number) {
  const m = messagesFor(locale).results;
  const names = loadStageModelIn(locale).stages;
  const name = (n: number) => names.find((s) => s.stage === n)?.name ?? `missing stage ${n}`;
  const text = fill(m.journey.overall, { stage: fill(m.figure.stageOfSixStart, { stage, max: 6 }), name: name(stage) });
  const next =
    stage < 6
      ? fill(m.journey.next, { stage: fill(m.figure.stageOfSix, { stage: stage + 1, max: 6 }), name: name(stage + 1) })
      : m.journey.last;
  return { text, next };
}
