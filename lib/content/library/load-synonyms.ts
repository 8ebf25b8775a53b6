import { join } from "node:path";
import { SynonymsSchema, type Synonyms } from "../../articles/search-schema";
import { cachedInBuild } from "../build-cache";
import { parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";

/** content/search-synonyms.yaml: words readers search for that the articles say differently. */
export const loadSynonyms = cachedInBuild(function loadSynonyms(root: string = contentDir()): Synonyms {
  const path = join(root, "search-synonyms.yaml");
  return parseWithFriendlyErrors(SynonymsSchema, readYaml(path, displayPath(path)), displayPath(path));
});
