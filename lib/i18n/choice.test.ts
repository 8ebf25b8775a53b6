import { describe, expect, it } from "vitest";
import { decideLanguage, localeOfTag } from "./choice";
import type { Locale } from "./locales";

// A test-only shipping list: today only English ships, and these rules matter once another does.
const shipping: Locale[] = ["en", "de", "fr"];
const all: Locale[] = ["en", "de", "fr", "es"];
const on = (page: Locale, rest: Partial<Parameters<typeof decideLanguage>[0]> = {}) =>
  decideLanguage({ stored: null, page, available: all, preferred: [], shipping, ...rest });

describe("decideLanguage", () => {
  it("follows a stored choice: an English result link opens in German for a reader who chose German", () => {
    expect(on("en", { stored: "de" })).toEqual({ kind: "go", locale: "de" });
    expect(on("de", { stored: "en" })).toEqual({ kind: "go", locale: "en" });
    expect(on("de", { stored: "de", preferred: ["fr-FR"] })).toEqual({ kind: "stay" });
  });

  it("stays when the chosen language lacks this page, or no longer ships, and then offers nothing", () => {
    expect(on("en", { stored: "de", available: ["en"] })).toEqual({ kind: "stay" });
    expect(on("en", { stored: "es", preferred: ["de"] })).toEqual({ kind: "stay" });
  });

  it("ignores a stored value that is no language, and decides as if none were stored", () => {
    expect(on("en", { stored: "klingon", preferred: ["de-DE"] })).toEqual({ kind: "offer", locale: "de" });
    expect(on("en", { stored: undefined, preferred: ["de-DE"] })).toEqual({ kind: "offer", locale: "de" });
  });

  it("offers, never moves, a first visitor whose browser prefers another shipping language", () => {
    expect(on("en", { preferred: ["de-DE", "en"] })).toEqual({ kind: "offer", locale: "de" });
    expect(on("en", { preferred: ["fr-CA"] })).toEqual({ kind: "offer", locale: "fr" });
    expect(on("de", { preferred: ["en-US", "de"] })).toEqual({ kind: "offer", locale: "en" });
  });

  it("takes the first preferred language the site ships, and stays when that is the page's", () => {
    // Spanish does not ship here, so the German after it is this reader's best.
    expect(on("en", { preferred: ["es-ES", "de-AT"] })).toEqual({ kind: "offer", locale: "de" });
    expect(on("en", { preferred: ["en-US", "de-DE"] })).toEqual({ kind: "stay" });
    expect(on("en", { preferred: ["ja", "pt-BR"] })).toEqual({ kind: "stay" });
    expect(on("en", { preferred: [] })).toEqual({ kind: "stay" });
  });

  it("offers nothing where the preferred language lacks this page", () => {
    expect(on("en", { preferred: ["de-DE"], available: ["en", "fr"] })).toEqual({ kind: "stay" });
  });

  it("never offers or moves while only English ships (today's list)", () => {
    const today: Locale[] = ["en"];
    expect(on("en", { shipping: today, preferred: ["de-DE"] })).toEqual({ kind: "stay" });
    expect(on("en", { shipping: today, stored: "de" })).toEqual({ kind: "stay" });
  });

  it("leaves a preview page where it is, whatever was stored or preferred", () => {
    expect(on("es", { stored: "en" })).toEqual({ kind: "stay" });
    expect(on("es", { preferred: ["de-DE"] })).toEqual({ kind: "stay" });
  });
});

describe("localeOfTag", () => {
  it("reads the language of a browser tag, whatever its region or case", () => {
    expect(localeOfTag("de-CH")).toBe("de");
    expect(localeOfTag("FR")).toBe("fr");
    expect(localeOfTag("pt-BR")).toBeNull();
    expect(localeOfTag("")).toBeNull();
  });
});
