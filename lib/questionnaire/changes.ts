import type { Questionnaire } from "./schema";

export type ChangeKind = "new" | "changed" | "removed";

/**
 * What happened to each question after `fromVersion`, read from the questionnaire's changelog:
 * question id → the latest kind of change. A question changed in version 2 and again in 3 is
 * "changed"; one added in 2 and changed in 3 stays "new", since an answer from version 1 never
 * existed for it. Questions not listed carried over unchanged, so their earlier answers still
 * mean the same.
 */
export function changesSince(questionnaire: Questionnaire, fromVersion: number): Map<string, ChangeKind> {
  const releases = (questionnaire.changelog ?? [])
    .filter((r) => r.version > fromVersion && r.version <= questionnaire.version)
    .sort((a, b) => a.version - b.version);
  const changes = new Map<string, ChangeKind>();
  for (const release of releases) {
    for (const { question, kind } of release.changes) {
      const earlier = changes.get(question);
      changes.set(question, earlier === "new" && kind === "changed" ? "new" : kind);
    }
  }
  return changes;
}

/**
 * Whether the changelog accounts for every version between `fromVersion` and the current one.
 * Without it, nothing can be said about which answers carry over.
 */
export function hasChangelogSince(questionnaire: Questionnaire, fromVersion: number): boolean {
  const released = new Set((questionnaire.changelog ?? []).map((r) => r.version));
  for (let v = fromVersion + 1; v <= questionnaire.version; v++) if (!released.has(v)) return false;
  return true;
}
