import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BenchmarkSchema, type Benchmark } from "../../benchmarks/schema";
import { unusedGroups } from "../../benchmarks/unused";
import type { Catalogue } from "../../questionnaire/catalogue";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";

/** Said once per build process: every page that loads the benchmarks would say it again. */
const said = new Set<string>();

/**
 * The consultant's own benchmarks: every content/benchmarks/*.json, as the team view exports
 * them. The site ships none, and without the folder results show nothing of it. A file with too
 * few respondents, or one that is not a benchmark, fails the build naming the file and field; a
 * file saved with a byte order mark (as Windows editors save UTF-8) reads as any other. Given
 * the catalogue, the build also says which groups no result can be compared with.
 */
export function loadBenchmarks(root: string = contentDir(), catalogue?: Catalogue): Benchmark[] {
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
        data = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
      } catch (error) {
        throw new ContentError(file, [
          `(file): not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        ]);
      }
      const benchmark = parseWithFriendlyErrors(BenchmarkSchema, data, file);
      for (const group of catalogue ? unusedGroups(benchmark, catalogue) : []) {
        const line = `Benchmark not used in full: ${file}: ${group}`;
        if (!said.has(line)) console.warn(line);
        said.add(line);
      }
      return benchmark;
    });
}
