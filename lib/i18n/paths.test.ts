import { describe, expect, it } from "vitest";
import { articlePath, hreflangAlternates, localePath, splitLocalePath, switchTargets } from "./paths";
import type { Locale } from "./locales";

describe("localePath and splitLocalePath", () => {
  it("keeps English at the root and puts the others under /<lang>/", () => {
    expect(localePath("en", "/results/")).toBe("/results/");
    expect(localePath("de", "/results/")).toBe("/de/results/");
    expect(localePath("fr", "/")).toBe("/fr/");
    expect(localePath("es", "/articles/tag/nps/")).toBe("/es/articles/tag/nps/");
  });

  it("reads a page's language back from its address", () => {
    expect(splitLocalePath("/de/results/")).toEqual({ locale: "de", path: "/results/" });
    expect(splitLocalePath("/fr/")).toEqual({ locale: "fr", path: "/" });
    expect(splitLocalePath("/results/")).toEqual({ locale: "en", path: "/results/" });
    // English has no prefix of its own, and a page whose name merely starts like a language is English.
    expect(splitLocalePath("/en/results/")).toEqual({ locale: "en", path: "/en/results/" });
    expect(splitLocalePath("/des/")).toEqual({ locale: "en", path: "/des/" });
  });

  it("round-trips every language and page", () => {
    for (const locale of ["en", "de", "fr", "es"] as const)
      for (const path of ["/", "/journey/", "/articles/internal-customers/"])
        expect(splitLocalePath(localePath(locale, path))).toEqual({ locale, path });
  });
});

describe("hreflangAlternates", () => {
  const shipping: Locale[] = ["en", "de", "fr"];

  it("lists every shipping language reciprocally, with English as x-default", () => {
    expect(hreflangAlternates("/journey/", shipping)).toEqual({
      "en-GB": "/journey/",
      "de-DE": "/de/journey/",
      "fr-FR": "/fr/journey/",
      "x-default": "/journey/",
    });
  });

  it("names only the translations that exist (an article translated into German only)", () => {
    const has = (l: Locale) => l === "de";
    expect(hreflangAlternates("/articles/a/", shipping, has)).toEqual({
      "en-GB": "/articles/a/",
      "de-DE": "/de/articles/a/",
      "x-default": "/articles/a/",
    });
  });

  it("gives none while a page exists in one shipping language", () => {
    expect(hreflangAlternates("/journey/", ["en"])).toBeUndefined();
    expect(hreflangAlternates("/articles/a/", shipping, () => false)).toBeUndefined();
  });
});

describe("switchTargets", () => {
  it("offers the shipping languages on a shipping page, marking the current one", () => {
    expect(switchTargets({ locale: "de", path: "/results/" }, ["en", "de"])).toEqual([
      { locale: "en", path: "/results/", current: false },
      { locale: "de", path: "/de/results/", current: true },
    ]);
  });

  it("never leads from a shipping page to a preview", () => {
    expect(switchTargets({ locale: "en", path: "/" }, ["en"]).map((t) => t.locale)).toEqual(["en"]);
  });

  it("shows a preview page its own language beside the shipping ones", () => {
    expect(switchTargets({ locale: "fr", path: "/about/" }, ["en", "de"])).toEqual([
      { locale: "en", path: "/about/", current: false },
      { locale: "de", path: "/de/about/", current: false },
      { locale: "fr", path: "/fr/about/", current: true },
    ]);
  });

  it("leaves out languages an article is not translated into", () => {
    const targets = switchTargets({ locale: "en", path: "/articles/a/" }, ["en", "de", "es"], (l) => l === "es");
    expect(targets.map((t) => t.locale)).toEqual(["en", "es"]);
  });
});

describe("articlePath", () => {
  it("opens a translated article in the language, an untranslated one in English, English as before", () => {
    expect(articlePath("en", "nps")).toBe("/articles/nps/");
    expect(articlePath("de", "nps")).toBe("/de/articles/nps/");
    expect(articlePath("de", "nps", false)).toBe("/articles/nps/");
    expect(articlePath("en", "nps", false)).toBe("/articles/nps/");
  });
});
