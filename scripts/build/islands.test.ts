import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gates, onUse } from "../../components/islands/gates";
import * as enhancers from "../../components/islands/enhancers";
import * as registry from "../../components/islands/registry";
import { entryCode, hydratorCode } from "./island-entries";
import { readRegistry, registeredIslands } from "./island-registry";
import { islandGroups } from "./islands";

/** Every file under a folder whose first statement is "use client". */
function clientModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return clientModules(path);
    if (!/\.tsx?$/.test(name)) return [];
    return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/.test(readFileSync(path, "utf8")) ? [path] : [];
  });
}

describe("the island registry, as the build reads it", () => {
  it('holds exactly the "use client" modules: a client component outside it would be drawn but never run', () => {
    const registered = islands.map((i) => `${i.module.replace("@/", "")}.tsx`).sort();
    expect([...clientModules("components"), ...clientModules("app")].sort()).toEqual(registered);
  });

  const islands = readRegistry(readFileSync("components/islands/registry.ts", "utf8"));

  it("finds each island's name, component and module", () => {
    expect(islands.map((i) => i.name).sort()).toEqual(Object.keys(registry).sort());
    expect(islands.find((i) => i.name === "results")).toEqual({
      name: "results",
      component: "ResultsView",
      module: "@/components/results/results-view",
      kind: "component",
    });
    for (const { module } of islands) expect(existsSync(`${module.replace("@/", "")}.tsx`)).toBe(true);
  });

  it("adds the enhancers, islands without React, and keeps every name once", () => {
    const all = registeredIslands();
    expect(all.filter((i) => i.kind === "enhancer").map((i) => i.name)).toEqual(Object.keys(enhancers));
    expect(new Set(all.map((i) => i.name)).size).toBe(all.length);
  });

  it("gates, or starts on use, only islands it holds, and none both ways", () => {
    const names = new Set(islands.map((i) => i.name));
    expect(Object.keys(gates).filter((name) => !names.has(name))).toEqual([]);
    expect(Object.keys(onUse).filter((name) => !names.has(name))).toEqual([]);
    expect(Object.keys(onUse).filter((name) => name in gates)).toEqual([]);
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
  const results = {
    name: "results",
    component: "ResultsView",
    module: "@/components/results/results-view",
    kind: "component" as const,
  };

  it("imports its component from the component's own module and mounts it by name", () => {
    expect(entryCode(results, "load")).toBe(
      [
        'import { mountIsland } from "./mount";',
        'import { ResultsView } from "@/components/results/results-view";',
        'mountIsland("results", ResultsView);',
        "",
      ].join("\n"),
    );
  });

  it("of an enhancer, starts its script on the element without React", () => {
    const search = {
      name: "search",
      component: "startArticleIndex",
      module: "@/x/index-script",
      kind: "enhancer" as const,
    };
    expect(entryCode(search, "load")).toBe(
      'import { enhanceIsland } from "./enhance";\nimport { startArticleIndex } from "@/x/index-script";\nenhanceIsland("search", startArticleIndex);\n',
    );
  });

  it("behind a gate, imports nothing but the gate until it opens", () => {
    const code = entryCode({ ...results, name: "latest" }, "gate");
    expect(code).toContain('if (gates["latest"]?.()) void import("mount:latest");');
    expect(code).not.toContain("mountIsland");
  });

  it("started on use, imports nothing but its check and the wait, then a hydrator for one element", () => {
    const flow = { name: "flow", component: "QuestionFlow", module: "@/x/question-flow", kind: "component" as const };
    const code = entryCode(flow, "use");
    expect(code).toContain('startOnUse("flow", needsStart, () => import("hydrate:flow"));');
    expect(code).not.toContain("QuestionFlow");
    expect(hydratorCode(flow)).toContain('import { QuestionFlow } from "@/x/question-flow";');
    expect(hydratorCode(flow)).toContain('hydrateIsland("flow", QuestionFlow, island)');
  });
});

describe("islands bundled together", () => {
  it("joins the islands that share a page, and leaves every other one alone", () => {
    const names = ["compare", "flow", "invite", "join", "results", "team"];
    expect(islandGroups(names, [["results"], ["invite", "team"], [], ["flow"], ["team", "invite"]])).toEqual([
      ["compare"],
      ["flow"],
      ["invite", "team"],
      ["join"],
      ["results"],
    ]);
  });

  it("joins through a page that links two groups, and ignores names no registry holds", () => {
    expect(
      islandGroups(
        ["a", "b", "c", "d"],
        [
          ["a", "b"],
          ["c", "d"],
          ["b", "c"],
          ["x", "d"],
        ],
      ),
    ).toEqual([["a", "b", "c", "d"]]);
  });
});
