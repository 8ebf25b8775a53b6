import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `npm run fuzz` passes --mode fuzz, but Vitest gives that mode to the root only: the projects
// below run in "test". The property tests read import.meta.env.MODE to choose their counts, so
// the mode is handed on to them here.
const cli = process.argv.indexOf("--mode");
const mode = cli >= 0 ? process.argv[cli + 1] : undefined;

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // npm test runs these beside lint on 2 cores; 5 s (the default) is too close to what the
    // 5,000-link and property tests take there. Still short enough to name a hung test.
    testTimeout: 15_000,
    ...(mode && { env: { MODE: mode } }),
    projects: [
      // lib/ and scripts/ are plain TypeScript: Node is their world.
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          // Pure modules with no global state to leak, so each worker thread imports them once
          // for all its files, not once a file: the unit tests take 57 s on 2 cores, not 131.
          pool: "threads",
          isolate: false,
        },
      },
      // Components with behaviour, rendered in a DOM and driven by role and label as a user would
      // (Testing Library). happy-dom, because jsdom's current release needs Node 22.
      {
        extends: true,
        test: {
          name: "components",
          include: ["components/**/*.test.{ts,tsx}"],
          environment: "happy-dom",
          setupFiles: ["test/component-setup.ts"],
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts", "components/**/*.{ts,tsx}"],
      exclude: ["**/*.test.{ts,tsx}"],
      reporter: ["text-summary"],
      // The scoring code is what a leader's result rests on: keep it fully exercised.
      thresholds: { "lib/scoring/**": { lines: 95, functions: 95, branches: 90 } },
    },
  },
});
