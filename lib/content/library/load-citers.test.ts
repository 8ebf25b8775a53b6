import { describe, expect, it } from "vitest";
import { loadCiters, loadCitersIn } from "./load-sources";

describe("loadCitersIn", () => {
  it("names citers in English as /sources/ always has", () => {
    const labels = loadCiters().map((c) => c.label);
    expect(labels).toContainEqual(
      expect.stringMatching(/^Blunders recommendation, .+ \((high|watch|healthy)\): “.+”$/),
    );
    expect(labels).toContainEqual(expect.stringMatching(/^Journey plan step, .+, stage \d to \d: “.+”$/));
    expect(loadCitersIn("en")).toEqual(loadCiters());
  });

  it.each([
    ["fr", /^Recommandation sur les erreurs, .+ \((risque élevé|à surveiller|sain)\) : « .+ »$/, /^Étape du plan/],
    ["es", /^Recomendación sobre los errores, .+ \((riesgo alto|a vigilar|saludable)\): «.+»$/, /^Paso del plan/],
  ] as const)("in %s, the same citers in the language's words", (locale, recommendation, step) => {
    const english = loadCiters();
    const citers = loadCitersIn(locale);
    expect(citers.map((c) => c.ids)).toEqual(english.map((c) => c.ids));
    const labels = citers.map((c) => c.label);
    expect(labels).toContainEqual(expect.stringMatching(recommendation));
    expect(labels).toContainEqual(expect.stringMatching(step));
    // Only an article the language has not translated keeps its English title.
    citers.forEach((c, i) => {
      if (!c.inEnglish) expect(c.label).not.toBe(english[i]?.label);
    });
  });
});
