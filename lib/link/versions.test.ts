import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { compareResults } from "../compare/compare";
import { loadCatalogue } from "../content/load-questionnaires";
import { findVersion } from "../questionnaire/catalogue";
import { choose } from "../questionnaire/answers";
import { golden, pinnedScores } from "../../test/golden-links";
import { journeyV2 } from "../../test/journey-v2";
import { decodeFragment, encodeFragment } from "./fragment";

// A content tree where the journey moved on to version 2 and version 1 went to the archive,
// as the README tells editors to do.
const root = mkdtempSync(join(tmpdir(), "outside-in-versions-"));
cpSync(join(process.cwd(), "content"), root, { recursive: true });
const v1Text = readFileSync(join(root, "questionnaires", "journey.yaml"), "utf8");
mkdirSync(join(root, "questionnaires", "archive"));
writeFileSync(join(root, "questionnaires", "archive", "journey-v1.yaml"), v1Text);
const today = loadCatalogue();
const v1 = findVersion(today, "journey", 1);
if (v1?.kind !== "stages") throw new Error("the journey must be a stages questionnaire");
writeFileSync(join(root, "questionnaires", "journey.yaml"), stringify(journeyV2(v1)));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("after a new questionnaire version", () => {
  const catalogue = loadCatalogue(root);

  it("keeps both versions in the catalogue", () => {
    expect(
      catalogue
        .filter((q) => q.id === "journey")
        .map((q) => q.version)
        .sort(),
    ).toEqual([1, 2]);
  });

  it.each(golden.links.map((l) => [l.name, l] as const))(
    "golden link %s decodes to its answers and scores as pinned",
    (_n, link) => {
      const { name: _name, fragment, scores, ...answers } = link;
      const later = decodeFragment(fragment, catalogue);
      expect(later).toEqual({ ok: true, value: answers });
      if (!later.ok) return;
      // Scored with the archived version 1, while version 2 is current.
      expect(pinnedScores(later.value, catalogue)).toEqual(scores);
    },
  );

  it("compares a version 1 result with a version 2 result where it can, and says what it cannot", () => {
    const v2 = findVersion(catalogue, "journey", 2);
    if (!v2 || !v1) throw new Error("versions missing");
    const answersFor = (q: { questions: { id: string }[] }) =>
      Object.fromEntries(q.questions.map((x) => [x.id, choose(1)]));
    const before = { assessments: [{ questionnaireId: "journey", version: 1, answers: answersFor(v1) }] };
    const after = { assessments: [{ questionnaireId: "journey", version: 2, answers: answersFor(v2) }] };
    const link = encodeFragment(after, catalogue);
    expect(decodeFragment(link, catalogue).ok).toBe(true);
    const { comparisons } = compareResults(before, after, catalogue);
    const c = comparisons[0];
    expect(c?.dimensions.map((d) => d.id)).toEqual(v1.dimensions.map((d) => d.id));
    expect(c?.dimensions.find((d) => d.id === "leadership")?.caution).toContain("questions changed");
    expect(c?.notComparable).toEqual(["Channels is new in version 2, so it has no earlier score."]);
  });
});
