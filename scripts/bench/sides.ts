import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "../../lib/zod";
import { timeBuild } from "./build-site";

/** Built commits are kept here between runs, one worktree each, so a baseline is built once. */
export const CACHE = process.env.BENCH_CACHE ?? join(tmpdir(), "outside-in-bench");
const MARK = ".bench-built.json";
const Mark = z.object({ commit: z.string(), siteUrl: z.string() });

const git = (args: string[], cwd = process.cwd()) => execFileSync("git", args, { cwd, encoding: "utf8" }).trim();

function run(command: string, args: string[], cwd: string, what: string) {
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(
      `${what} failed in ${cwd} (exit ${result.status}):\n${`${result.stdout}${result.stderr}`.slice(-3000)}`,
    );
}

/**
 * A built export of `commit` for `siteUrl`, in a worktree of its own under CACHE: checked out,
 * installed from its own lock and built the first time, then reused while the address is the
 * same. Returns the worktree's folder; its site is in out/.
 */
export async function builtCommit(commit: string, siteUrl: string, log: (line: string) => void): Promise<string> {
  const dir = join(CACHE, commit.slice(0, 12));
  const mark = join(dir, MARK);
  if (existsSync(mark)) {
    const built = Mark.safeParse(JSON.parse(readFileSync(mark, "utf8")));
    if (built.success && built.data.commit === commit && built.data.siteUrl === siteUrl && existsSync(join(dir, "out")))
      return dir;
  }
  if (!existsSync(join(dir, ".git"))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(CACHE, { recursive: true });
    git(["worktree", "prune"]);
    log(`checking out ${commit.slice(0, 7)} in ${dir} …`);
    git(["worktree", "add", "--detach", "--force", dir, commit]);
  }
  if (!existsSync(join(dir, "node_modules", ".package-lock.json"))) {
    log(`installing ${commit.slice(0, 7)}'s dependencies from its own lock …`);
    run("npm", ["ci", "--no-audit", "--no-fund"], dir, "npm ci");
  }
  log(`building ${commit.slice(0, 7)} for ${siteUrl} …`);
  // Type checking says nothing about speed: the baseline passed it when it was committed.
  await timeBuild(dir, { logFile: join(dir, "bench-build.log"), siteUrl, env: { OUTSIDE_IN_TYPES_CHECKED: "1" } });
  writeFileSync(mark, JSON.stringify({ commit, siteUrl }));
  return dir;
}

const NodeTimingsSchema = z.object({
  scoring: z.array(z.object({ questionnaire: z.string(), usPerCall: z.number() })),
  aggregation: z.array(z.object({ links: z.number(), ms: z.number().nullable(), note: z.string().optional() })),
});
export type NodeTimings = z.infer<typeof NodeTimingsSchema>;

const SCRIPT = join("scripts", "bench", "node-timings.ts");
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

/**
 * Scoring and aggregation timed by a tree's own code in a fresh process. A commit from before
 * the script existed gets this tree's copy (its worktree is the bench's own, never committed):
 * it imports the same modules, so any commit since the link reader was last moved can be
 * measured.
 */
export function nodeTimings(dir: string): NodeTimings {
  if (!existsSync(join(dir, SCRIPT))) copyFileSync(SCRIPT, join(dir, SCRIPT));
  const result = spawnSync(process.execPath, [tsx, SCRIPT], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${SCRIPT} failed in ${dir}:\n${result.stderr.slice(-2000)}`);
  const last = result.stdout.trim().split("\n").at(-1) ?? "";
  return NodeTimingsSchema.parse(JSON.parse(last));
}
