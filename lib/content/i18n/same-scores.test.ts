import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resultsOf } from "../../../test/arbitraries";
import { golden, pinnedScores } from "../../../test/golden-links";
import { LOCALES } from "../../i18n/locales";
import { decodeFragment } from "../../link/fragment";
import { buildReport } from "../../report/build-report";
import { loadCatalogue } from "../assessments/load-questionnaires";
import { loadReportContent } from "../assessments/load-report-content";
import { loadCatalogueIn } from "./load-translations";

// A link carries answers, not words: read with any language's questionnaires it must give the
// same answers, scores, stages and plan as in English (docs/decisions/0016-translations-by-id.md).
const RUNS = import.meta.env.MODE === "fuzz" ? 5_000 : 100;
const english = loadCatalogue();
const content = loadReportContent();
const translated = LOCALES.filter((l) => l !== "en");

/** Everything but the words: numbers, booleans, nulls, keys and lengths, every string alike. */
function withoutWords(value: unknown): unknown {
  if (typeof value === "string") return "…";
  if (Array.isArray(value)) return value.map(withoutWords);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutWords(v)]));
  return value;
}

describe.each(translated)("the questionnaires in %s", (locale) => {
  const catalogue = loadCatalogueIn(locale);

  it("hold every golden link to the answers and the scores pinned for it", () => {
    for (const { name, fragment, scores, ...expected } of golden.links) {
      const decoded = decodeFragment(fragment, catalogue);
      expect(decoded, name).toEqual({ ok: true, value: { ...expected } });
      if (decoded.ok) expect(pinnedScores(decoded.value, catalogue), name).toEqual(scores);
    }
  });

  it("differ from English in words only: any result scores, stages and plans the same", () => {
    fc.assert(
      fc.property(resultsOf(english, "2026-12-07"), (result) => {
        expect(pinnedScores(result, catalogue)).toEqual(pinnedScores(result, english));
        expect(withoutWords(buildReport(result, catalogue, content))).toEqual(
          withoutWords(buildReport(result, english, content)),
        );
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
