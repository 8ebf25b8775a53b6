// Fails when package-lock.json would break `npm ci` on another platform, or when a locked
// package refuses a Node version package.json promises. Runs first in `npm test`.
import { readFileSync } from "node:fs";
import { engineConflicts, LockSchema, ManifestSchema, missingOptionals } from "./checks/lock";

const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const lock = LockSchema.safeParse(read("package-lock.json"));
const manifest = ManifestSchema.safeParse(read("package.json"));
if (!lock.success || !manifest.success) {
  console.error("package-lock.json is not a lock file npm 11 wrote: regenerate it with `npm install`.");
  process.exit(1);
}

const promised = manifest.data.engines?.node;
const missing = missingOptionals(lock.data);
const conflicts = engineConflicts(lock.data, manifest.data);
for (const m of missing) console.error(`package-lock.json lacks ${m}.`);
if (missing.length > 0) {
  console.error(
    "`npm ci` fails on other platforms. Regenerate the lock: rm package-lock.json && npm install --package-lock-only",
  );
}
for (const c of conflicts) console.error(`Node range: ${c}, but package.json promises ${promised}.`);
if (missing.length + conflicts.length > 0) process.exit(1);
const count = Object.keys(lock.data.packages).length - 1;
console.log(`package-lock.json: ${count} packages, every platform's optional ones, all accepting Node ${promised}.`);
