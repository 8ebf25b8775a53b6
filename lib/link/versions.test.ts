import { EN } from "../../test/english-words";
import { describe, expect, it } from "vitest";
import { compareResults } from "../compare/compare";
import { loadCatalogue } from "../content/assessments/load-questionnaires";
import { findVersion, latestVersions } from "../questionnaire/catalogue";
import { changesSince } from "../questionnaire/changes";
import { forBrowser } from "../questionnaire/for-browser";
import { choose } from "../questionnaire/answers";
import type { StagesQuestionnaire } from "../questionnaire/schema";
import { golden, pinnedScores } from "../../test/golden-links";
import { decodeFragment, encodeFragment } from "./fragment";

// The real catalogue: the journey is at version 2 and version 1 sits in the archive, so every
// link made before the revision must keep working against it.
const catalogue = loadCatalogue();
const stages = (version: number): StagesQuestionnaire => {
  const q = findVersion(catalogue, "journey", version);
  if (q?.kind !== "stages") throw new Error(`journey version ${version} must be a stages questionnaire`);
  return q;
};
const v1 = stages(1);
const v2 = stages(2);

describe("after the journey's and the blunders' version 2", () => {
  it("keeps both versions in the catalogue", () => {
    for (const id of ["journey", "blunders"]) {
      expect(
        catalogue
          .filter((q) => q.id === id)
          .map((q) => q.version)
          .sort(),
      ).toEqual([1, 2]);
    }
  });

  it.each(golden.links.map((l) => [l.name, l] as const))(
    "golden link %s decodes to its answers and scores as pinned",
    (_n, link) => {
      const { name: _name, fragment, scores, ...answers } = link;
      const later = decodeFragment(fragment, catalogue);
      expect(later).toEqual({ ok: true, value: answers });
      if (!later.ok) return;
      expect(pinnedScores(later.value, catalogue)).toEqual(scores);
    },
  );

  it.each(["journey", "blunders"])(
    "%s has a changelog that names every question whose wording or options differ from version 1",
    (id) => {
      // As leaders see them: a translator's note is not wording, so adding one changes no question.
      const now = forBrowser(latestVersions(catalogue).find((q) => q.id === id)!);
      const first = forBrowser(findVersion(catalogue, id, 1)!);
      expect(now.version).toBeGreaterThan(1);
      const changes = changesSince(now, 1);
      const old = new Map(first.questions.map((q) => [q.id, q]));
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      for (const q of now.questions) {
        const before = old.get(q.id);
        const expected = !before ? "new" : same(before, q) ? undefined : "changed";
        expect([q.id, changes.get(q.id)]).toEqual([q.id, expected]);
      }
      for (const q of first.questions) {
        if (!now.questions.some((x) => x.id === q.id)) expect([q.id, changes.get(q.id)]).toEqual([q.id, "removed"]);
      }
    },
  );

  it("compares a version 1 result with a version 2 result area by area, flagging the changed questions", () => {
    const answersFor = (q: StagesQuestionnaire) => Object.fromEntries(q.questions.map((x) => [x.id, choose(1)]));
    const before = { assessments: [{ questionnaireId: "journey", version: 1, answers: answersFor(v1) }] };
    const after = { assessments: [{ questionnaireId: "journey", version: 2, answers: answersFor(v2) }] };
    expect(decodeFragment(encodeFragment(after, catalogue), catalogue).ok).toBe(true);
    const [c] = compareResults(before, after, catalogue, EN).comparisons;
    expect(c?.dimensions.map((d) => d.id)).toEqual(v1.dimensions.map((d) => d.id));
    expect(c?.notComparable).toEqual([]);
    const structure = c?.dimensions.find((d) => d.id === "structure");
    expect(structure?.caution).toMatch(/are new or changed in version 2, and 1 earlier question was dropped/);
    const changes = changesSince(v2, 1);
    for (const d of c?.dimensions ?? []) {
      const touched = v2.questions.some((q) => q.dimension === d.id && changes.has(q.id));
      expect([d.id, Boolean(d.caution)]).toEqual([d.id, touched]);
    }
  });
});
