import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedArticle, type Vocabulary } from "./generated-articles";
import type { BuildTiming } from "./results";
import { timeBuild } from "./build-site";

/** Where the copies' sites are written, beside out/ (which the bench has measured) rather than over it. */
const OUT_DIR = "out-bench";

/**
 * Builds the project once for each count, reading a temporary copy of content/ (CONTENT_DIR;
 * never the repository's) whose articles folder holds the real articles plus `count` generated
 * ones. Each build starts without .next, so none reuses another's cache.
 */
export async function timeScaledBuilds(
  project: string,
  counts: readonly number[],
  vocabulary: Vocabulary,
  bodies: readonly string[],
  { siteUrl, log }: { siteUrl: string; log: (line: string) => void },
): Promise<BuildTiming[]> {
  const content = mkdtempSync(join(tmpdir(), "outside-in-bench-content-"));
  try {
    cpSync(join(project, "content"), content, { recursive: true });
    const articles = join(content, "articles");
    const real = readdirSync(articles).filter((name) => name.endsWith(".mdx")).length;
    const timings: BuildTiming[] = [];
    for (const count of counts) {
      for (const name of readdirSync(articles)) if (name.startsWith("generated-")) rmSync(join(articles, name));
      for (let i = 0; i < count; i += 1) {
        const { slug, text } = generatedArticle(i, vocabulary, bodies[i % bodies.length] ?? "");
        writeFileSync(join(articles, `${slug}.mdx`), text);
      }
      rmSync(join(project, ".next"), { recursive: true, force: true });
      log(`building with ${count} generated articles from ${content} …`);
      const env = { CONTENT_DIR: content, OUT_DIR };
      timings.push({
        articles: real + count,
        ...(await timeBuild(project, { logFile: join(content, "build.log"), siteUrl, env })),
      });
    }
    return timings;
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(join(project, OUT_DIR), { recursive: true, force: true });
  }
}
