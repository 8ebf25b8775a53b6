import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";

const ISLANDS = resolve("components", "islands");
const REGISTRY = join(ISLANDS, "registry.ts");
const ENHANCERS = join(ISLANDS, "enhancers.ts");

/**
 * An island as a registry names it: `export { <component> as <name> } from "<module>"`. A
 * "component" is a React component (registry.ts); an "enhancer" is a script that takes the
 * island's element (enhancers.ts).
 */
export type RegisteredIsland = { name: string; component: string; module: string; kind: "component" | "enhancer" };

/**
 * The registry's islands, read with TypeScript's parser. Each entry imports its component from
 * the component's own module: importing the registry itself would put every island in every
 * bundle (esbuild keeps a module whose exports go unused when it cannot prove it pure). The
 * registry may hold nothing but such re-exports; anything else fails the build.
 */
export function readRegistry(
  source: string,
  file = "components/islands/registry.ts",
  kind: RegisteredIsland["kind"] = "component",
): RegisteredIsland[] {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest);
  return parsed.statements.flatMap((statement) => {
    if (
      !ts.isExportDeclaration(statement) ||
      statement.isTypeOnly ||
      !statement.exportClause ||
      !ts.isNamedExports(statement.exportClause) ||
      !statement.moduleSpecifier ||
      !ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const line = parsed.getLineAndCharacterOfPosition(statement.getStart(parsed)).line + 1;
      throw new Error(
        `${file}:${line}: the registry holds only lines like export { Component as name } from "module".`,
      );
    }
    const from = statement.moduleSpecifier.text;
    return statement.exportClause.elements.map((e) => ({
      name: e.name.text,
      component: (e.propertyName ?? e.name).getText(parsed),
      module: from,
      kind,
    }));
  });
}

/** Both registries' islands; a name in both is an error, since a page could not tell them apart. */
export function registeredIslands(): RegisteredIsland[] {
  const islands = [
    ...readRegistry(readFileSync(REGISTRY, "utf8")),
    ...readRegistry(readFileSync(ENHANCERS, "utf8"), "components/islands/enhancers.ts", "enhancer"),
  ];
  const twice = islands.filter((island, i) => islands.findIndex((other) => other.name === island.name) !== i);
  if (twice.length > 0) throw new Error(`island names used twice: ${twice.map((i) => i.name).join(", ")}`);
  return islands;
}
