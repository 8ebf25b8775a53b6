import type { BuildTiming } from "./results";
import { slope } from "./stats";

/**
 * The part of a build that can grow with content: everything but compiling and type checking,
 * which read no article. On a shared 2-core machine those two swing by 25 s between builds
 * of the same code, which would swamp the signal from 750 more articles.
 */
export function contentMs(build: BuildTiming): number {
  return build.ms - (build.phases.compileMs ?? 0) - (build.phases.typesMs ?? 0);
}

/** Cost per extra article, fitted through the copies: of the content part, and of whole builds. */
export function marginalCost(copies: readonly BuildTiming[]): { msPerArticle: number; wholeMsPerArticle: number } {
  return {
    msPerArticle: slope(copies.map((c) => ({ x: c.articles, y: contentMs(c) }))),
    wholeMsPerArticle: slope(copies.map((c) => ({ x: c.articles, y: c.ms }))),
  };
}
