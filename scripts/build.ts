// `npm run build`: the static export into out/ (`next build`, Turbopack, as Next ships it), then
// the one post-build pass (scripts/finish-export.ts), which fails the build when any page, feed
// or stylesheet refers to a file out/ lacks. Next renders HTML and CSS only: every script a
// page runs is an island bundled by esbuild, so the bundler Next uses does not reach the
// browser (see docs/architecture.md). `npm run build:deploy` is the same but refuses
// to run without SITE_URL, so a site meant for a real host never ships without its address.
// Written in TypeScript rather than as a shell line so it runs the same on Windows.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { readSiteAddress, WITHOUT_SITE_URL } from "../lib/site/site-url";
import { finishExport } from "./finish-export";

const { values } = parseArgs({ options: { deploy: { type: "boolean", default: false } } });

let address;
try {
  address = readSiteAddress();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (address.origin === null) {
  if (values.deploy) {
    console.error(
      "npm run build:deploy needs SITE_URL, the address the site will be served from, for example:\n" +
        "  SITE_URL=https://outside-in.example.org npm run build:deploy",
    );
    process.exit(1);
  }
  console.warn(
    "Warning: SITE_URL is not set, so this build is for trying the site locally. Without it:\n" +
      WITHOUT_SITE_URL.map((line) => `  - ${line}`).join("\n") +
      "\nFor a site you publish: SITE_URL=https://your.host npm run build:deploy",
  );
}

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const build = spawnSync(process.execPath, [next, "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const problems = await finishExport(process.env.OUT_DIR || "out", address);
for (const problem of problems) console.error(`finish-export: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
