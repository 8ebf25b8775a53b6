import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { fill, formatCountIn, formatDateIn, formatListIn, formatNumberIn, pluralIn } from "./format";

describe("numbers, dates, lists and plurals in a page's language", () => {
  it("writes figures as each language writes them", () => {
    expect(LOCALES.map((l) => formatNumberIn(l, 2.75))).toEqual(["2.75", "2,75", "2,75", "2,75"]);
    expect(formatCountIn("en", 12345)).toBe("12,345");
    expect(formatCountIn("de", 12345)).toBe("12.345");
    // French groups with a narrow no-break space.
    expect(formatCountIn("fr", 12345)).toBe("12\u202f345");
  });

  it("writes a day as each language writes it, from the UTC day the link carries", () => {
    expect(formatDateIn("en", "2026-12-06")).toBe("6 December 2026");
    expect(formatDateIn("de", "2026-12-06")).toBe("6. Dezember 2026");
    expect(formatDateIn("fr", "2026-12-06")).toBe("6 décembre 2026");
    expect(formatDateIn("es", "2026-12-06")).toBe("6 de diciembre de 2026");
  });

  it("joins lists and picks plural forms by the language's own rules", () => {
    expect(formatListIn("de", ["A", "B", "C"])).toBe("A, B und C");
    const leaders = { one: "{count} Führungskraft", other: "{count} Führungskräfte" };
    expect(fill(pluralIn("de", 1, leaders), { count: 1 })).toBe("1 Führungskraft");
    expect(fill(pluralIn("de", 7, leaders), { count: 7 })).toBe("7 Führungskräfte");
    // French counts 0 and 1 as singular.
    expect(pluralIn("fr", 0, { one: "un", other: "plusieurs" })).toBe("un");
  });

  it("fills placeholders, and refuses to show one it has no value for", () => {
    expect(fill("{name} sieht {area} anders", { name: "Leader A", area: "Führung" })).toBe(
      "Leader A sieht Führung anders",
    );
    expect(() => fill("{name} sieht {area} anders", { name: "Leader A" })).toThrow("{area}");
  });
});
