import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BenchmarkSchema, type Benchmark } from "../../benchmarks/schema";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";

/**
 * The consultant's own benchmarks: every content/benchmarks/*.json, as the team view exports
 * them. The site ships none, and without the folder results show nothing of it. A file with too
 * few respondents, or one that is not a benchmark, fails the build naming the file and field.
 */
export function loadBenchmarks(root: string = contentDir()): Benchmark[] {
  const dir = join(root, "benchmarks");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const file = displayPath(path);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(path, "utf8"));
      } catch (error) {
        throw new ContentError(file, [
          `(file): not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        ]);
      }
      return parseWithFriendlyErrors(BenchmarkSchema, data, file);
    });
}
