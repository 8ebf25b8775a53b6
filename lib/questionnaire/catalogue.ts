import type { AgreementQuestionnaire, Questionnaire, StagesQuestionnaire } from "./schema";

/** Every questionnaire version ever released, so that old links keep decoding. */
export type Catalogue = readonly Questionnaire[];

export function findVersion(catalogue: Catalogue, id: string, version: number): Questionnaire | undefined {
  return catalogue.find((q) => q.id === id && q.version === version);
}

/** The newest version of each questionnaire, in catalogue order of first appearance. */
export function latestVersions(catalogue: Catalogue): Questionnaire[] {
  const latest = new Map<string, Questionnaire>();
  for (const q of catalogue) {
    const current = latest.get(q.id);
    if (!current || q.version > current.version) latest.set(q.id, q);
  }
  return [...latest.values()];
}

/**
 * The site is built around two assessments, told apart by their kind rather than their ids:
 * the six-stage journey (kind "stages") and the five-blunders check (kind "agreement").
 */
export function journeyOf(questionnaires: readonly Questionnaire[]): StagesQuestionnaire | undefined {
  for (const q of questionnaires) if (q.kind === "stages") return q;
  return undefined;
}

export function blundersOf(questionnaires: readonly Questionnaire[]): AgreementQuestionnaire | undefined {
  for (const q of questionnaires) if (q.kind === "agreement") return q;
  return undefined;
}

/**
 * The order a run takes the assessments in, and a joined link lists them in: the journey first
 * (where the organisation stands), then the blunders (what may be holding it back).
 */
export function inRunOrder<T extends Pick<Questionnaire, "kind">>(questionnaires: readonly T[]): T[] {
  return [...questionnaires].sort((a, b) => Number(b.kind === "stages") - Number(a.kind === "stages"));
}
