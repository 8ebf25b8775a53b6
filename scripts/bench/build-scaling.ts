import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedArticle, type Vocabulary } from "./generated-articles";
import type { BuildTiming } from "./results";
import { timeBuild } from "./build-site";
import { rotatedRounds } from "./rounds";

/** Where the copies' sites are written, beside out/ (which the bench has measured) rather than over it. */
const OUT_DIR = "out-bench";

type Project = { name: string; dir: string };

/** A copy of a project's content/ with `count` generated articles beside its real ones. */
function contentWith(project: string, count: number, vocabulary: Vocabulary, bodies: readonly string[]) {
  const content = mkdtempSync(join(tmpdir(), "outside-in-bench-content-"));
  cpSync(join(project, "content"), content, { recursive: true });
  const articles = join(content, "articles");
  const real = readdirSync(articles).filter((name) => name.endsWith(".mdx")).length;
  for (let i = 0; i < count; i += 1) {
    const { slug, text } = generatedArticle(i, vocabulary, bodies[i % bodies.length] ?? "");
    writeFileSync(join(articles, `${slug}.mdx`), text);
  }
  return { content, articles: real + count };
}

/**
 * Builds each project once for each count, reading a temporary copy of its own content/
 * (CONTENT_DIR; never the repository's) with `count` generated articles added. The projects
 * take turns, the order rotated from one count to the next (A B, then B A), so a machine that
 * slows down slows both. Each build starts without .next, so none reuses another's cache.
 */
export async function timeScaledBuilds(
  projects: readonly Project[],
  counts: readonly number[],
  vocabulary: Vocabulary,
  bodies: readonly string[],
  { siteUrl, log }: { siteUrl: string; log: (line: string) => void },
): Promise<Map<string, BuildTiming[]>> {
  const timings = new Map<string, BuildTiming[]>(projects.map((p) => [p.name, []]));
  const order = rotatedRounds(projects, counts.length);
  try {
    for (const [round, count] of counts.entries()) {
      for (const project of order[round] ?? []) {
        const { content, articles } = contentWith(project.dir, count, vocabulary, bodies);
        try {
          rmSync(join(project.dir, ".next"), { recursive: true, force: true });
          log(`building ${project.name} with ${count} generated articles …`);
          // Types are checked once, by npm test; the figure leaves compiling and types out anyway.
          const env = { CONTENT_DIR: content, OUT_DIR, OUTSIDE_IN_TYPES_CHECKED: "1" };
          const timing = await timeBuild(project.dir, {
            logFile: join(tmpdir(), "outside-in-bench-scaled.log"),
            siteUrl,
            env,
          });
          timings.get(project.name)?.push({ articles, ...timing });
        } finally {
          rmSync(content, { recursive: true, force: true });
        }
      }
    }
    return timings;
  } finally {
    for (const project of projects) rmSync(join(project.dir, OUT_DIR), { recursive: true, force: true });
  }
}
