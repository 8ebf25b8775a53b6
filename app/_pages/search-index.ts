import { buildSearchIndex } from "@/lib/articles/search-index";
import { loadLibraryIn } from "@/lib/content/library/load-library";
import { loadSynonyms } from "@/lib/content/library/load-synonyms";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The library's search index in a language, written once at build time as a static file; the
 * articles page fetches it on first search. It indexes every article the library lists, in the
 * words the list shows (an untranslated one in English). The synonyms are English's.
 */
export function searchIndexResponse(locale: Locale): Response {
  return Response.json(buildSearchIndex(loadLibraryIn(locale), loadSynonyms()));
}
