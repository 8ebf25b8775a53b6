import semver from "semver";
import { z } from "zod";

const EnginesSchema = z.object({ node: z.string().optional() });

/** One installed package in package-lock.json (lockfileVersion 3), as far as the checks read it. */
export const LockEntrySchema = z.object({
  version: z.string().optional(),
  /** Installed only when something optional needs it, such as a platform's binary. */
  optional: z.boolean().optional(),
  os: z.array(z.string()).optional(),
  cpu: z.array(z.string()).optional(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
  engines: z.union([EnginesSchema, z.array(z.string())]).optional(),
});

export const LockSchema = z.object({ packages: z.record(z.string(), LockEntrySchema) });
export const ManifestSchema = z.object({ engines: EnginesSchema.optional() });

export type LockEntry = z.infer<typeof LockEntrySchema>;
export type Lock = z.infer<typeof LockSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * Where Node would find `name` when required from the package installed at `from`: its own
 * node_modules first, then each parent's, up to the root (the same walk npm's lock encodes).
 */
function resolve(lock: Lock, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut < 0 ? "" : base.slice(0, cut);
  }
}

/**
 * Optional dependencies the lock file leaves out. npm 11 writes only the current platform's
 * when it updates an existing lock (npm/cli#4828), and `npm ci` on any other platform then
 * fails with "Missing: @next/swc-darwin-arm64 from lock file". Regenerating the lock from
 * scratch records them all.
 */
export function missingOptionals(lock: Lock): string[] {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolve(lock, path, name)) missing.push(`${name} (optional dependency of ${path || "the project"})`);
    }
  }
  return missing;
}

/**
 * Locked packages whose `engines.node` does not accept every Node version the project
 * promises: each one would print an engine warning, or break, on a version we claim to support.
 * Optional binaries for one platform are left out: they install only where Node exists for
 * that platform (sharp's 32-bit Windows build wants Node 20 because Node 22 has no such build).
 */
const isPlatformBinary = (entry: LockEntry) => entry.optional === true && Boolean(entry.os ?? entry.cpu);

export function engineConflicts(lock: Lock, manifest: Manifest): string[] {
  const promised = manifest.engines?.node;
  if (!promised) return ["package.json: engines.node is not set"];
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    // Some old packages list engines as an array of strings, which npm ignores.
    const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (!path || !wanted || isPlatformBinary(entry) || semver.subset(promised, wanted)) return [];
    return [`${path}@${entry.version ?? "?"} wants Node ${wanted}`];
  });
}
