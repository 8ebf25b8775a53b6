import { describe, expect, it } from "vitest";
import { golden, pinnedScores } from "../../test/golden-links";
import { loadCatalogue } from "../content/assessments/load-questionnaires";
import { decodeFragment } from "./fragment";

// Links already shared must keep opening to the same answers and the same scores, whatever
// changes later. The scores are pinned in the file, not recomputed from the code under test.
describe("golden links", () => {
  const catalogue = loadCatalogue();
  it.each(golden.links.map((l) => [l.name, l] as const))("%s decodes to its answers and scores", (_name, link) => {
    const { name: _n, fragment, scores, ...expected } = link;
    const decoded = decodeFragment(fragment, catalogue);
    expect(decoded).toEqual({ ok: true, value: expected });
    if (!decoded.ok) return;
    expect(pinnedScores(decoded.value, catalogue)).toEqual(scores);
  });
});
