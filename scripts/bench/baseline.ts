import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { z } from "../../lib/zod";

/** The one file that names the accepted level: moving it is a commit of its own, saying why. */
export const BASELINE_FILE = "bench/baseline.json";

const BaselineSchema = z
  .object({
    /** The commit every change is measured against, in full. */
    commit: z.string().regex(/^[0-9a-f]{40}$/, "a full 40-character commit hash"),
    /** When it became the accepted level (YYYY-MM-DD). */
    accepted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Why this level is accepted. */
    why: z.string().min(20),
  })
  .strict();

export type Baseline = z.infer<typeof BaselineSchema>;

export function readBaseline(file = BASELINE_FILE): Baseline {
  const parsed = BaselineSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`);
    throw new Error(`${file} is not a baseline:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

/** The full hash of any commit git can name (a hash, a branch, HEAD~3); throws naming the ref. */
export function resolveCommit(ref: string, cwd = process.cwd()): string {
  try {
    return execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], { cwd, encoding: "utf8" }).trim();
  } catch {
    throw new Error(`--against ${ref}: git knows no such commit here`);
  }
}
