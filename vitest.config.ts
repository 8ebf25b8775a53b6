import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig(({ mode }) => ({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // npm test runs these beside lint on 2 cores, often beside other work: with the machine's
    // load at 17 a 500-case property test that takes 2 s alone took over 15 s. A minute still
    // names a hung test.
    testTimeout: 60_000,
    projects: [
      // lib/ and scripts/ are plain TypeScript: Node is their world.
      {
        extends: true,
        // A project runs in mode "test" unless told: `npm run fuzz` (--mode fuzz) must reach the
        // property tests, which run many times more cases in it.
        mode,
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
        mode,
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
}));
