import { buildSearchIndex } from "@/lib/articles/search-index";
import { loadLibrary } from "@/lib/content/library/load-library";
import { loadSynonyms } from "@/lib/content/library/load-synonyms";

// Written once at build time as a static file; the articles page fetches it on first search.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSearchIndex(loadLibrary(), loadSynonyms()));
}
