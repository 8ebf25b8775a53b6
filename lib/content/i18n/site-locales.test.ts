import { describe, expect, it } from "vitest";
import { shipLocalesFromEnv, TRANSLATED_LOCALES } from "./site-locales";

describe("the languages a build makes", () => {
  it("builds every translated language, shipping or preview", () => {
    expect(TRANSLATED_LOCALES).toEqual(["de", "fr", "es"]);
  });

  it("reads SHIP_LOCALES as a comma list, and nothing when it is unset or empty", () => {
    expect(shipLocalesFromEnv("de, fr,es")).toEqual(["de", "fr", "es"]);
    expect(shipLocalesFromEnv(undefined)).toEqual([]);
    expect(shipLocalesFromEnv("")).toEqual([]);
  });

  it("fails on a name that is no language rather than ignoring it", () => {
    expect(() => shipLocalesFromEnv("de,pt")).toThrow("SHIP_LOCALES: pt is not one of en, de, fr, es");
  });
});
