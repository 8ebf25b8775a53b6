import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Catalogue } from "../../questionnaire/catalogue";
import { QuestionnaireSchema, type Questionnaire } from "../../questionnaire/schema";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import { cachedInBuild } from "../build-cache";

const isYaml = (name: string) => /\.ya?ml$/.test(name);

function loadFile(file: string): Questionnaire {
  return parseWithFriendlyErrors(QuestionnaireSchema, readYaml(file, displayPath(file)), displayPath(file));
}

/** A questionnaire file as loaded: its path and its validated content. */
export type QuestionnaireFile = { file: string; questionnaire: Questionnaire };

function loadDir(dir: string): QuestionnaireFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isYaml)
    .sort()
    .map((name) => ({ file: join(dir, name), questionnaire: loadFile(join(dir, name)) }));
}

/**
 * Loads every questionnaire: the current ones in `questionnaires/` and every released older
 * version in `questionnaires/archive/`, so links made with them still decode and score.
 */
export const loadCatalogue = cachedInBuild(function loadCatalogue(root: string = contentDir()): Catalogue {
  const dir = join(root, "questionnaires");
  const current = loadDir(dir);
  const archived = loadDir(join(dir, "archive"));
  const seen = new Map<string, string>();
  for (const { file, questionnaire: q } of [...current, ...archived]) {
    const key = `${q.id}@${q.version}`;
    const other = seen.get(key);
    if (other)
      throw new ContentError(displayPath(file), [`version: ${q.id} version ${q.version} is also defined in ${other}`]);
    seen.set(key, displayPath(file));
  }
  const ids = current.map((c) => c.questionnaire.id);
  for (const { file, questionnaire: q } of archived) {
    const live = current.find((c) => c.questionnaire.id === q.id)?.questionnaire;
    if (!live)
      throw new ContentError(displayPath(file), [
        `id: archived "${q.id}" has no current version in ${displayPath(dir)}`,
      ]);
    if (q.version >= live.version) {
      throw new ContentError(displayPath(file), [
        `version: archived version ${q.version} must be older than the current ${live.version}`,
      ]);
    }
  }
  if (new Set(ids).size !== ids.length)
    throw new ContentError(displayPath(dir), ["id: two current questionnaires share an id"]);
  return [...current, ...archived].map((c) => c.questionnaire);
});

/** Every questionnaire file, current and archived, with its path (translations are found by it). */
export function questionnaireFiles(root: string = contentDir()): {
  current: QuestionnaireFile[];
  archived: QuestionnaireFile[];
} {
  const dir = join(root, "questionnaires");
  return { current: loadDir(dir), archived: loadDir(join(dir, "archive")) };
}

/** The questionnaires people can take today: the newest version of each. */
export const loadCurrentQuestionnaires = cachedInBuild(function loadCurrentQuestionnaires(
  root: string = contentDir(),
): Questionnaire[] {
  return loadDir(join(root, "questionnaires")).map((c) => c.questionnaire);
});
