import { describe, expect, it } from "vitest";
import { joinCssModules } from "./css";

describe("joinCssModules", () => {
  it("joins Turbopack's modules into one line, changing no rule", () => {
    const written = ':root{--a:1}\n.b{content:"x\\a y"}\n\n@media print{.c{color:red}}\n';
    expect(joinCssModules(written)).toBe(':root{--a:1}.b{content:"x\\a y"}@media print{.c{color:red}}');
  });

  it("leaves a newline inside a rule as it is", () => {
    expect(joinCssModules(".a{--grid:1\n2}\n.b{x:y}")).toBe(".a{--grid:1\n2}.b{x:y}");
  });
});
