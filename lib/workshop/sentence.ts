import type { AssessmentScore } from "../scoring/score";
import { fill, formatCountIn, formatNumberIn, pluralIn, type Plural } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { formatStageScore } from "../results/format";
import { plural } from "../shared/plural";
import type { TeamText } from "../team/text";

/**
 * A sentence about the team whose leaders are named only when it is shown: by role on the
 * facilitator's screen, as "Leader A" in front of the team. So one finding serves both, and
 * hiding names can never miss one.
 */
export type Part = string | { leader: number };
export type Sentence = Part[];

/** The sentence as text, each leader named by `nameOf`. */
export function sentenceText(sentence: Sentence, nameOf: (leader: number) => string): string {
  return sentence.map((part) => (typeof part === "string" ? part : nameOf(part.leader))).join("");
}

/** "A", "A and B", "A, B and C", as a sentence of parts, joined with the language's words. */
export function listOf(items: readonly Sentence[], words: { and: string; comma: string } = ENGLISH_LIST): Sentence {
  return items.flatMap((item, i) => {
    if (i === 0) return item;
    return [i === items.length - 1 ? words.and : words.comma, ...item];
  });
}

// Two joining words, not a module of strings: the slides (not yet translated) list in English.
const ENGLISH_LIST = { and: " and ", comma: ", " };

/**
 * A message whose `{placeholders}` are filled with text or with sentences that name leaders:
 * "{leader} sees {areas} far lower…" keeps each leader a part, wherever the language puts it.
 */
export function sentenceOf(message: string, values: Readonly<Record<string, string | number | Sentence>>): Sentence {
  const out: Sentence = [];
  const push = (part: Part) => {
    const last = out.at(-1);
    if (typeof part === "string" && typeof last === "string") out[out.length - 1] = last + part;
    else if (part !== "") out.push(part);
  };
  let at = 0;
  for (const match of message.matchAll(/\{([a-zA-Z]\w*)\}/g)) {
    push(message.slice(at, match.index));
    const name = match[1] ?? "";
    const value = values[name];
    if (value === undefined) throw new Error(`message needs a value for {${name}}: "${message}"`);
    if (Array.isArray(value)) value.forEach(push);
    else push(String(value));
    at = match.index + match[0].length;
  }
  push(message.slice(at));
  return out;
}

/** A score as the site writes it: a stage with up to two decimals, or whole points; "2,5" in German. */
export function scoreText(kind: AssessmentScore["kind"], value: number, locale: Locale = "en"): string {
  if (locale !== "en") return formatNumberIn(locale, kind === "stages" ? value : Math.round(value));
  return kind === "stages" ? formatStageScore(value) : String(Math.round(value));
}

/** A stretch of scores: "2–4", or "2" when it is one value. */
export function spanText(kind: AssessmentScore["kind"], low: number, high: number, locale: Locale = "en"): string {
  const [a, b] = [scoreText(kind, low, locale), scoreText(kind, high, locale)];
  return a === b ? a : `${a}–${b}`;
}

/** A distance on the scale, with its unit, in the team view's language: "1.5 stages", "1,5 Stufen". */
export function distanceIn(text: TeamText, kind: AssessmentScore["kind"], value: number): string {
  const n = kind === "stages" ? value : Math.round(value);
  const forms = kind === "stages" ? text.team.distanceStages : text.team.distancePoints;
  return fill(pluralIn(text.locale, n, forms), { n: scoreText(kind, value, text.locale) });
}

/** A distance on the scale, with its unit: "1.5 stages", "30 points". */
export function distanceText(kind: AssessmentScore["kind"], value: number): string {
  const unit = kind === "stages" ? plural(value, "stage", "stages") : plural(Math.round(value), "point", "points");
  return `${scoreText(kind, value)} ${unit}`;
}

/** A count in a plural message of the team view's language: "3 leaders", "3 Führungskräfte". */
export const countIn = (text: TeamText, n: number, forms: Plural) =>
  fill(pluralIn(text.locale, n, forms), { n: formatCountIn(text.locale, n) });
