import { join, relative } from "node:path";

/** Content lives beside the code; CONTENT_DIR points tests and previews at another tree. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? join(process.cwd(), "content");
}

/** How a file is named in error messages: relative to the project, as an editor opens it. */
export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}
