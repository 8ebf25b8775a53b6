/**
 * A site path with the base path in front, for plain `<a>` and `<img>`. The header, footer and
 * question flow use plain links rather than next/link: the pages they lead to are static HTML
 * that loads in one request, and leaving next/link out keeps its 3 KB, and its prefetching of
 * other routes' code, off the pages that do load scripts (issue 6).
 */
export function withBasePath(path: string): string {
  return `${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}${path}`;
}
