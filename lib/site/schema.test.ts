import { describe, expect, it } from "vitest";
import { loadSite } from "../content/load-site";
import { ContentError, parseWithFriendlyErrors } from "../content/parse";
import { contrastRatio } from "./contrast";
import { SiteSchema } from "./schema";

const base = {
  name: "Acme Advisory",
  description: "Assessments.",
  accent: "#1f5c99",
  accentDark: "#8cbcf0",
  editors: "Acme editors",
  footer: "Hosted by Acme.",
};
const problems = (data: unknown) => {
  try {
    parseWithFriendlyErrors(SiteSchema, data, "content/site.yaml");
    return [];
  } catch (error) {
    return error instanceof ContentError ? error.problems : ["not a content error"];
  }
};

describe("SiteSchema", () => {
  it("accepts the default brand", () => {
    expect(loadSite().name).toBe("Outside-In");
    expect(problems(base)).toEqual([]);
  });
  it("rejects an accent that would be unreadable", () => {
    expect(problems({ ...base, accent: "#ffdd00" })).toEqual([
      // #ffdd00 is a bright yellow: fine on a dark page, unreadable on a light one
      "accent: contrast with the light background is 1.29:1; needs at least 4.5:1",
      "accent: contrast with white button text is 1.35:1; needs at least 4.5:1",
    ]);
  });
  it("rejects a malformed colour and a logo outside public/", () => {
    expect(
      problems({ ...base, accentDark: "blue", logo: { src: "https://cdn.example/logo.png", width: 10, height: 10 } }),
    ).toEqual([
      'accentDark: must be a colour like "#1f5c99"',
      "logo.src: must be a path in public/, like /brand/logo.svg",
    ]);
  });
  it("computes WCAG contrast", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
  });
});
