import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedArticle, type Vocabulary } from "./generated-articles";
import type { BuildTiming } from "./results";
import { timeBuild } from "./build-site";

/** Outputs, caches and history: nothing a build reads. */
const SKIP = new Set([".git", ".next", "out", "coverage", "bench", "test-results", "playwright-report"]);

/**
 * Copies a tree. node_modules is hard-linked where the file system allows: Turbopack refuses
 * a node_modules that is a symlink out of the project, and linking 750 MB takes a second where
 * copying takes a minute. Everything else is copied, so files a build rewrites in place
 * (next-env.d.ts, tsconfig.tsbuildinfo) can never reach the original through a shared link.
 */
function mirror(from: string, to: string, mode: "top" | "copy" | "link"): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (mode === "top" && SKIP.has(entry.name)) continue;
    const [src, dest] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(src), dest);
    else if (entry.isDirectory())
      mirror(src, dest, mode === "top" && entry.name === "node_modules" ? "link" : mode === "top" ? "copy" : mode);
    else if (mode !== "link") copyFileSync(src, dest);
    else {
      try {
        linkSync(src, dest);
      } catch {
        copyFileSync(src, dest);
      }
    }
  }
}

/**
 * Builds a temporary copy of the project (never inside the repository) whose articles folder
 * holds the real articles plus `count` generated ones, for each count. Each build starts
 * without .next, so none reuses another's cache.
 */
export async function timeScaledBuilds(
  project: string,
  counts: readonly number[],
  vocabulary: Vocabulary,
  bodies: readonly string[],
  log: (line: string) => void,
): Promise<BuildTiming[]> {
  const copy = mkdtempSync(join(tmpdir(), "outside-in-bench-"));
  try {
    mirror(project, copy, "top");
    const articles = join(copy, "content", "articles");
    const timings: BuildTiming[] = [];
    const real = readdirSync(articles).filter((name) => name.endsWith(".mdx") && !name.startsWith("generated-")).length;
    for (const count of counts) {
      for (const name of readdirSync(articles)) if (name.startsWith("generated-")) rmSync(join(articles, name));
      for (let i = 0; i < count; i += 1) {
        const { slug, text } = generatedArticle(i, vocabulary, bodies[i % bodies.length] ?? "");
        writeFileSync(join(articles, `${slug}.mdx`), text);
      }
      rmSync(join(copy, ".next"), { recursive: true, force: true });
      rmSync(join(copy, "out"), { recursive: true, force: true });
      log(`building a copy with ${count} generated articles in ${copy} …`);
      timings.push({ articles: real + count, ...(await timeBuild(copy)) });
    }
    return timings;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
