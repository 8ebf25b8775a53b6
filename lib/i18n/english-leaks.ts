/**
 * Finds English left on a page in another language: the promise is that a German, French or
 * Spanish reader meets no English sentence outside article bodies marked as English. The page's
 * text comes in as segments (text nodes, attribute values, strings of an island's props), the
 * English as every interface message and content text, each naming where it comes from.
 *
 * Text is compared as words (letters and digits, apostrophes kept inside a word), lowercased:
 * punctuation, spacing and quotes differ between what a file holds and what a page shows, and
 * word sequences keep "Start" from being found inside "Starten".
 */

/** An English text and where it is written, so a leak names the file to fix. */
export type EnglishText = { text: string; from: string };

/** An English piece, lowercased, and the texts it comes from. */
type Phrase = { words: string[]; sources: EnglishText[] };

/** What a page in a language must not show, built once by `leakDictionary`. */
export type LeakDictionary = {
  /**
   * Pieces of three words and 15 letters or more, found anywhere in a page's text, by their
   * first three words (lowercased): a page is read once, word by word, whatever their number.
   */
  phrases: Map<string, Phrase[]>;
  /** Shorter English strings (a button's "Next"), found only as a whole segment, case kept. */
  labels: Map<string, EnglishText[]>;
};

/** Below these, an English piece turns up in other languages by chance ("Team", "Feedback"). */
export const MIN_PHRASE_WORDS = 3;
export const MIN_PHRASE_LETTERS = 15;
/** A phrase found across segments needs this many words: fewer meet by chance at a boundary. */
export const MIN_ACROSS_WORDS = 5;
/** A label shorter than this ("OK", "of") is too common to tell English from a name or an id. */
const MIN_LABEL_LETTERS = 4;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The words of a text, apostrophes made one (’ and '), case kept. */
export const wordsOf = (text: string): string[] => text.normalize("NFC").replace(/[’‘ʼ]/g, "'").match(WORD) ?? [];

const key = (words: string[]) => words.join(" ");
const lower = (words: string[]) => words.map((w) => w.toLowerCase());
const letters = (words: string[]) => words.reduce((n, w) => n + w.length, 0);

/**
 * The pieces of an English string a page can show whole: split at placeholders ("{n}"), at
 * sentence ends, commas, dashes and line breaks (where a page joins it with other words: "Fred
 * Reichheld, The Ultimate Question"), with a Markdown link's address left out.
 */
export function piecesOf(text: string): string[][] {
  return text
    .replace(/\]\([^)]*\)/g, " ")
    .split(/\{[^}]*\}|[.!?;:,](?=\s|$)|\s[–—]\s|\n/)
    .map(wordsOf)
    .filter((words) => words.length > 0);
}

/** Where each word starts a run in a list of texts' words: a text ends with "" so no run crosses it. */
function wordIndex(texts: string[]) {
  const words = texts.flatMap((t) => [...lower(wordsOf(t)), ""]);
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  /** Whether `run` (lowercased) occurs in a row in one of the texts. */
  return (run: string[]) => (at.get(run[0] ?? "") ?? []).some((i) => run.every((w, j) => words[i + j] === w));
}

/**
 * The English a language's pages must not show: every piece of the English texts, less those
 * the language writes the same (a name, a brand, a term its glossary keeps in English, French
 * "questions"): a piece found in any of the language's own texts is no leak.
 */
export function leakDictionary(english: EnglishText[], own: string[]): LeakDictionary {
  const ownHas = wordIndex(own);
  const phrases = new Map<string, Phrase[]>();
  const labels = new Map<string, EnglishText[]>();
  for (const source of english) {
    const pieces = piecesOf(source.text);
    for (const words of pieces) {
      const long = words.length >= MIN_PHRASE_WORDS && letters(words) >= MIN_PHRASE_LETTERS;
      if (!long && (letters(words) < MIN_LABEL_LETTERS || words.every((w) => /^\p{N}+$/u.test(w)))) continue;
      if (ownHas(lower(words))) continue;
      if (long) {
        const lowered = lower(words);
        const start = key(lowered.slice(0, MIN_PHRASE_WORDS));
        const same = phrases.get(start) ?? [];
        const known = same.find((p) => key(p.words) === key(lowered));
        if (known) known.sources.push(source);
        else phrases.set(start, [...same, { words: lowered, sources: [source] }]);
      } else labels.set(key(words), [...(labels.get(key(words)) ?? []), source]);
    }
  }
  return { phrases, labels };
}

/** One English piece a page shows, and the texts it comes from. */
export type Leak = { phrase: string; from: string[] };

/**
 * The English pieces found in a page's text segments, each once, in the order first met. A
 * phrase of five words or more may run across segments (a sentence with a link in it); a
 * shorter one must lie within one, and a label must be a segment whole.
 */
export function englishLeaks(segments: readonly string[], dictionary: LeakDictionary): Leak[] {
  const found = new Map<string, EnglishText[]>();
  for (const segment of segments) {
    const label = key(wordsOf(segment));
    const sources = dictionary.labels.get(label);
    if (sources) found.set(label, sources);
  }
  const perSegment = segments.map((segment) => lower(wordsOf(segment)));
  const words = perSegment.flat();
  // Which segment each word is in: a short phrase met across two ("Articles" closing a link,
  // "Outside-In is…" opening the next line) is chance, a sentence with a link in it is not.
  const segmentOf = perSegment.flatMap((w, n) => w.map(() => n));
  for (let i = 0; i + MIN_PHRASE_WORDS <= words.length; i++) {
    for (const p of dictionary.phrases.get(key(words.slice(i, i + MIN_PHRASE_WORDS))) ?? []) {
      const across = segmentOf[i] !== segmentOf[i + p.words.length - 1];
      if (across && p.words.length < MIN_ACROSS_WORDS) continue;
      if (p.words.every((w, j) => words[i + j] === w)) found.set(key(p.words), p.sources);
    }
  }
  return [...found].map(([phrase, sources]) => ({ phrase, from: [...new Set(sources.map((s) => s.from))] }));
}
