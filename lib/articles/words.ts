/** Words too common to tell articles apart; dropped from the index and from queries alike. */
const COMMON = new Set(
  "a an and are as at be but by for from has have how in is it its not of on or so that the their they this to was what when which who will with you your".split(
    " ",
  ),
);

/**
 * Lower-case words without accents or apostrophes, in any script: "Levesque's Flashpoint" →
 * levesques, flashpoint; "лояльность" stays a word. The index and the query go through this
 * same function, so they always agree. (Splitting on Latin letters only once turned a Cyrillic
 * query into no words at all, and the page then listed every article.)
 */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !COMMON.has(w));
}
