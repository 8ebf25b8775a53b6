import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import checkFile from "eslint-plugin-check-file";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "out/**",
    "out-base/**",
    "coverage/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    plugins: { "check-file": checkFile },
    rules: {
      "check-file/filename-naming-convention": [
        "error",
        { "**/*.{ts,tsx,mjs,js}": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
      "check-file/folder-naming-convention": [
        "error",
        { "{app,components,lib,e2e,scripts}/**/": "NEXT_JS_APP_ROUTER_CASE" },
      ],
      // The house style: imports flow one way, lib -> components -> app.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./components", "./app"],
              message: "lib/ is pure: it never imports components/ or app/.",
            },
            { target: "./components", from: "./app", message: "components/ never import routes." },
          ],
        },
      ],
      "import/no-cycle": "error",
      "@typescript-eslint/consistent-type-assertions": ["error", { assertionStyle: "never" }],
      "@typescript-eslint/no-explicit-any": "error",
      // A leading underscore marks a value left out on purpose, e.g. when destructuring.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Schemas take z from lib/zod.ts (lib/zod-mini.ts in browser code), which turn off zod's
    // eval-based compiler first.
    files: ["lib/**/*.ts", "components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    ignores: ["lib/zod.ts", "lib/zod-mini.ts", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              message: "Import z from lib/zod.ts so the CSP-safe config applies.",
              allowTypeImports: true,
            },
            {
              name: "zod/mini",
              message: "Import z from lib/zod-mini.ts so the CSP-safe config applies.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Code that ships to the browser must not pull in the file-system loaders.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/lib/content/load*", "node:*", "fs", "path"],
              message: "Build-time loaders stay out of components.",
            },
          ],
        },
      ],
    },
  },
]);
