import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { reactEntryCode, REACT_MODULES, sharedReactPlugin, type SharedReact } from "./shared-react";

const shared: SharedReact = new Map(
  REACT_MODULES.map((m) => [m, { file: `./${m.replace(/\W/g, "-")}-X.js`, needs: [] }]),
);

/** Bundles one module's code with the plugin, in memory, and returns what esbuild wrote or said. */
async function bundle(contents: string) {
  return build({
    stdin: { contents, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    logLevel: "silent",
    plugins: [sharedReactPlugin(shared)],
  }).then(
    (result) => ({ code: result.outputFiles[0]?.text ?? "", error: null }),
    (error: unknown) => ({ code: "", error: error instanceof Error ? error.message : String(error) }),
  );
}

describe("React shared by the islands", () => {
  it("re-exports every name of a module, and the module itself as its default", () => {
    expect(reactEntryCode("react", ["useState", "useEffect"])).toBe(
      'export { useState, useEffect } from "react";\nexport { default } from "react";\n',
    );
  });

  it("leaves an island's imports of React as imports of the shared files, so the page has one React", async () => {
    const { code, error } = await bundle(
      'import { useState } from "react"; import { jsx } from "react/jsx-runtime"; import { createRoot } from "react-dom/client"; console.log(useState, jsx, createRoot);',
    );
    expect(error).toBeNull();
    expect(code).toContain('from "./react-X.js"');
    expect(code).toContain('from "./react-jsx-runtime-X.js"');
    expect(code).toContain('from "./react-dom-client-X.js"');
    expect(code).not.toContain("react.production");
  });

  it("gives CommonJS that requires React the shared file too, not a require() an ES module cannot make", async () => {
    const { code, error } = await bundle('const React = require("react"); console.log(React.useState);');
    expect(error).toBeNull();
    expect(code).toContain('from "./react-X.js"');
    expect(code).not.toContain("Dynamic require");
  });

  it("fails the build on a React module it does not share, which would bring a second React", async () => {
    const { error } = await bundle('import { renderToString } from "react-dom/server"; console.log(renderToString);');
    expect(error).toContain("react-dom/server is not among the React modules islands share");
  });
});
