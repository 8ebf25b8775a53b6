import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import checkFile from "eslint-plugin-check-file";
import tseslint from "typescript-eslint";
import { readdirSync, readFileSync } from "node:fs";

// Component areas, as bulletproof-react's features: each imports only itself and the shared
// areas, so a change in one area cannot break another; a new area is guarded as soon as its
// folder exists. The few areas built on others say so here, one way, as lib/'s rooms do:
// `articles` renders MDX; the workshop (the team view's island, slides, actions) draws the
// team's figures, the pasted-links box and who has answered an invitation; a result reached
// through an invitation offers to send it to the facilitator.
const SHARED_AREAS = ["shared", "charts"];
const ALSO_ALLOWED = {
  articles: ["mdx"],
  workshop: ["team", "team-input", "invitation"],
  results: ["invitation"],
};
// Each island's entry mounts one area's component: like app/, it sits above the areas.
const COMPOSERS = ["islands"];
const areas = readdirSync("components", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const areaZones = areas
  .filter((area) => !SHARED_AREAS.includes(area) && !COMPOSERS.includes(area))
  .map((area) => ({
    target: `./components/${area}`,
    from: areas
      .filter((other) => other !== area && !SHARED_AREAS.includes(other) && !(ALSO_ALLOWED[area] ?? []).includes(other))
      .map((other) => `./components/${other}`),
    // <Island> is the one door into the islands room: an area may render one of its own.
    except: ["./island.tsx"],
    message: `components/${area} imports only itself and components/{${[...SHARED_AREAS, ...(ALSO_ALLOWED[area] ?? [])].join(",")}}; move what both need to components/shared.`,
  }));

// The house style: imports flow one way, lib -> components -> app.
const zones = [
  { target: "./lib", from: ["./components", "./app"], message: "lib/ is pure: it never imports components/ or app/." },
  { target: "./components", from: "./app", message: "components/ never import routes." },
  ...areaZones,
];

// Rooms in lib/ that lean on others, one way: the shared helpers lean on no room, and the team's
// figures do not know how pasted text is read. (Tests may cross, to build their inputs.)
const roomZones = [
  {
    target: "./lib/shared",
    from: "./lib",
    except: ["./shared"],
    message: "lib/shared holds helpers every room uses: it imports no other room.",
  },
  {
    target: "./lib/team",
    from: "./lib/team-input",
    message:
      "lib/team computes the team's figures; lib/team-input reads pasted links and uses lib/team, not the reverse.",
  },
];

// An island's component is named by the registry and rendered by <Island name=…>, never
// imported by a page or another component: the name is the one link between a page and its
// bundle, so nothing else may reach the component around it.
const islandModules = [
  ...readFileSync("components/islands/registry.ts", "utf8").matchAll(/from "@\/(components\/[\w/-]+)"/g),
].map((m) => `./${m[1]}.tsx`);
const islandZones = [
  {
    target: ["./app", "./components", "./lib"],
    from: islandModules,
    message:
      'Render an island with <Island name="…" props={…} />; only components/islands/registry.ts imports its component.',
  },
];

// What the site runs never imports tooling: bench and build code, test helpers, specs.
const toolingZones = ["./lib", "./components", "./app"].map((target) => ({
  target,
  from: ["./scripts", "./test", "./e2e"],
  message: "The site's code never imports scripts/, test/ or e2e/.",
}));

/** Schemas take z from lib/zod.ts or lib/zod-mini.ts, which turn off zod's eval-based compiler first. */
const zodImports = [
  { name: "zod", message: "Import z from lib/zod.ts so the CSP-safe config applies.", allowTypeImports: true },
  {
    name: "zod/mini",
    message: "Import z from lib/zod-mini.ts so the CSP-safe config applies.",
    allowTypeImports: true,
  },
];

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
  // typescript-eslint's type-checked rules, which read types as the compiler does: a promise
  // nobody awaits or handles, a promise where a callback must return nothing, an `any` that
  // leaks from JSON.parse into typed code.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["**/*.{ts,tsx}"] })),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Tests read untyped data on purpose (parsed XML, YAML and JSON, expect.any) and assert on
    // it: an `any` there fails an assertion instead of leaking into what the site runs.
    files: ["**/*.test.{ts,tsx}", "e2e/**/*.ts", "test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
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
        { "{app,components,lib,e2e,scripts,test}/**/": "NEXT_JS_APP_ROUTER_CASE" },
      ],
      "import/no-restricted-paths": ["error", { zones }],
      // Import cycles are checked by madge in `npm run check:cycles`: it sees type-only imports,
      // which import/no-cycle skips by design, in 4 s where import/no-cycle took 90.
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
    files: ["{lib,components,app}/**/*.{ts,tsx}"],
    // Tests, component tests too, are not what the site runs: they may use test/ helpers.
    ignores: ["**/*.test.{ts,tsx}", "components/islands/registry.ts"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: [...zones, ...roomZones, ...toolingZones, ...islandZones] }],
    },
  },
  {
    // The registry is the one file that imports islands' components.
    files: ["components/islands/registry.ts"],
    rules: { "import/no-restricted-paths": ["error", { zones: [...zones, ...roomZones, ...toolingZones] }] },
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
          paths: zodImports,
        },
      ],
    },
  },
  {
    // One guarded door to browser storage (components/shared/browser-storage.ts): reads and
    // writes throw in private modes and locked-down browsers, so nothing else may touch it.
    files: ["{lib,components,app}/**/*.{ts,tsx}"],
    // Component tests set up storage as a browser would hold it.
    ignores: ["components/shared/browser-storage.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["localStorage", "sessionStorage"].map((name) => ({
          name,
          message: "Use browserStore from components/shared/browser-storage.ts: it never throws.",
        })),
      ],
      "no-restricted-properties": [
        "error",
        ...["window", "globalThis", "self"].flatMap((object) =>
          ["localStorage", "sessionStorage"].map((property) => ({
            object,
            property,
            message: "Use browserStore from components/shared/browser-storage.ts: it never throws.",
          })),
        ),
      ],
    },
  },
  {
    // A number's toLocaleString builds Intl's formatter and loads its locale data: about 100 ms
    // at 4× CPU the first time, on the Start tap when it ran as the flow's code loaded. Counts
    // go through formatCount (lib/shared/numbers.ts), which groups digits itself.
    files: ["{lib,components}/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='toLocaleString']",
          message: "Use formatCount from lib/shared/numbers.ts: toLocaleString loads Intl's locale data.",
        },
      ],
    },
  },
  {
    // Code that ships to the browser must not pull in the file-system loaders. A component
    // test may: it renders a component, or runs its code, on the real content, as a page would.
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/lib/content/**/load*", "node:*", "fs", "path"],
              message: "Build-time loaders stay out of components.",
            },
            {
              group: ["next/link", "next/navigation", "next/router"],
              message:
                "Islands run without Next's router: use SiteLink or withBasePath from components/shared for links.",
            },
          ],
        },
      ],
    },
  },
  {
    // An island receives its strings as props, in its page's language: a module of strings
    // imported by browser code would ship (every language of) them in its bundle
    // (docs/decisions/0018-messages-typed-from-english.md). Types are free.
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          // The rule's options replace the block's above for these files: zod's paths stay.
          paths: zodImports,
          patterns: [
            {
              group: ["**/lib/i18n/messages/**"],
              message:
                "Take messages as props (server components: messagesFor(locale) in the page); import types only.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
]);
