import { afterEach, describe, expect, it, vi } from "vitest";
import { pageHref, withBasePath } from "./base-path";

// The address an island opens or links to: the page's language, then the base path in front.
describe("pageHref", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("keeps English addresses exactly as they were, fragment and all", () => {
    for (const path of ["/", "/results/#v=2&journey=2.QA", "/assess/journey/#retake=v%3D2", "/guide/#for-leaders"]) {
      expect(pageHref("en", path)).toBe(withBasePath(path));
      expect(pageHref("en", path)).toBe(path);
    }
  });

  it("puts another language's pages under its code", () => {
    expect(pageHref("de", "/results/#v=2")).toBe("/de/results/#v=2");
    expect(pageHref("fr", "/join/")).toBe("/fr/join/");
    expect(pageHref("es", "/")).toBe("/es/");
  });

  it("puts the base path before the language, for a site hosted under a sub-path", () => {
    vi.stubEnv("NEXT_PUBLIC_BASE_PATH", "/assessment");
    expect(pageHref("en", "/results/#v=2")).toBe("/assessment/results/#v=2");
    expect(pageHref("de", "/results/#v=2")).toBe("/assessment/de/results/#v=2");
  });
});
