import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gates } from "../../components/islands/gates";
import { entryCode, readRegistry } from "./islands";

describe("the island registry, as the build reads it", () => {
  const islands = readRegistry(readFileSync("components/islands/registry.ts", "utf8"));

  it("finds each island's name, component and module", () => {
    expect(islands.map((i) => i.name)).toEqual([
      "compare",
      "flow",
      "invite",
      "join",
      "latest",
      "results",
      "search",
      "team",
    ]);
    expect(islands.find((i) => i.name === "results")).toEqual({
      name: "results",
      component: "ResultsView",
      module: "@/components/results/results-view",
    });
    for (const { module } of islands) expect(existsSync(`${module.replace("@/", "")}.tsx`)).toBe(true);
  });

  it("gates only islands it holds", () => {
    const names = new Set(islands.map((i) => i.name));
    expect(Object.keys(gates).filter((name) => !names.has(name))).toEqual([]);
  });

  it.each([
    ['import { X } from "./x";', 1],
    ['export { A as a } from "./a";\nexport const b = 1;', 2],
    ['export type { A } from "./a";', 1],
  ])("refuses anything but re-exports, naming the line: %s", (source, line) => {
    expect(() => readRegistry(source)).toThrow(`components/islands/registry.ts:${line}: the registry holds only`);
  });
});

describe("an island's entry", () => {
  const results = { name: "results", component: "ResultsView", module: "@/components/results/results-view" };

  it("imports its component from the component's own module and mounts it by name", () => {
    expect(entryCode(results, false)).toBe(
      [
        'import { mountIsland } from "./mount";',
        'import { ResultsView } from "@/components/results/results-view";',
        'mountIsland("results", ResultsView);',
        "",
      ].join("\n"),
    );
  });

  it("behind a gate, imports nothing but the gate until it opens", () => {
    const code = entryCode({ ...results, name: "latest" }, true);
    expect(code).toContain('if (gates["latest"]?.()) void import("mount:latest");');
    expect(code).not.toContain("mountIsland");
  });
});
