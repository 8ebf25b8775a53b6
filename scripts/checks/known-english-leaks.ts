/**
 * English that German, French and Spanish pages show today and that a fix under way takes out.
 * The checks (scripts/check-english-leaks.ts over the export, e2e/english-leaks.spec.ts in the
 * browser) pass over these and fail on any other English: a new leak fails at once, a known one
 * waits for its fix. When a fix merges, delete its entries: the export's check fails on an
 * entry for the built pages that no page shows any more, so the list only shrinks.
 */
export type KnownLeak = {
  /** The English as the check prints it (case and punctuation do not matter); any when left out. */
  phrase?: string;
  /** Where the English is written, as the check prints it (e.g. /content\/articles\//); anywhere when left out. */
  from?: RegExp;
  /** Only on pages whose address matches (e.g. /\/team\//); every page when left out. */
  pages?: RegExp;
  /** Where the check finds it: in the built pages' HTML, or only once an island runs in the browser. */
  seen: "build" | "browser";
  /** Where the English comes from, and who or what takes it out. */
  why: string;
};

const build = (why: string, entries: Omit<KnownLeak, "seen" | "why">[]): KnownLeak[] =>
  entries.map((e) => ({ ...e, seen: "build", why }));

export const KNOWN_ENGLISH_LEAKS: readonly KnownLeak[] = [
  // Not a leak, and never to be fixed: French names the library "Articles" and the sources page
  // "Sources" as English does, and the page's title joins it with the brand; no French text
  // holds the two together.
  ...build("French writes “Articles” and “Sources” too", [
    { phrase: "Articles Outside In", pages: /^\/fr\/articles\/$/ },
    { phrase: "Sources Outside In", pages: /^\/fr\/sources\/$/ },
  ]),
];
