import { describe, expect, it } from "vitest";
import { engineConflicts, missingOptionals, type Lock } from "./lock";

const lock = (packages: Lock["packages"]): Lock => ({ packages: { "": {}, ...packages } });

describe("missingOptionals", () => {
  it("names an optional dependency the lock file lacks", () => {
    const next = {
      version: "16.4.6",
      optionalDependencies: { "@next/swc-darwin-arm64": "16.4.6", "@next/swc-linux-x64-gnu": "16.4.6" },
    };
    const found = missingOptionals(lock({ "node_modules/next": next, "node_modules/@next/swc-linux-x64-gnu": {} }));
    expect(found).toEqual(["@next/swc-darwin-arm64 (optional dependency of node_modules/next)"]);
  });

  it("finds optional dependencies nested under their parent or hoisted to the root", () => {
    const parent = { optionalDependencies: { a: "1", b: "1" } };
    const found = missingOptionals(
      lock({ "node_modules/x/node_modules/y": parent, "node_modules/x/node_modules/a": {}, "node_modules/b": {} }),
    );
    expect(found).toEqual([]);
  });
});

describe("engineConflicts", () => {
  const manifest = { engines: { node: "^20.19.0 || ^22.13.0 || >=24" } };

  it("accepts a dependency whose range covers every promised version", () => {
    expect(
      engineConflicts(lock({ "node_modules/vite": { engines: { node: "^20.19.0 || >=22.12.0" } } }), manifest),
    ).toEqual([]);
  });

  it("names a dependency that refuses a promised version", () => {
    const found = engineConflicts(
      lock({ "node_modules/lighthouse": { version: "13.5.0", engines: { node: ">=22.19" } } }),
      manifest,
    );
    expect(found).toEqual(["node_modules/lighthouse@13.5.0 wants Node >=22.19"]);
  });

  it("leaves out an optional binary for one platform", () => {
    const binary = { optional: true, os: ["win32"], cpu: ["ia32"], engines: { node: "^20.9.0" } };
    expect(engineConflicts(lock({ "node_modules/@img/sharp-win32-ia32": binary }), manifest)).toEqual([]);
  });

  it("asks for a Node range when package.json has none", () => {
    expect(engineConflicts(lock({}), {})).toEqual(["package.json: engines.node is not set"]);
  });
});
