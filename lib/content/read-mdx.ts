import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { z } from "zod";
import { ContentError, parseWithFriendlyErrors } from "./parse";
import { displayPath } from "./paths";

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** An MDX file's frontmatter, checked against its schema, and its body. */
export function readMdx<T extends z.ZodType>(
  path: string,
  schema: T,
): { file: string; frontmatter: z.output<T>; body: string } {
  const file = displayPath(path);
  const text = readFileSync(path, "utf8");
  const match = FRONTMATTER.exec(text);
  if (!match) throw new ContentError(file, ["(frontmatter): missing; start the file with a --- block"]);
  let data: unknown;
  try {
    // The core schema keeps unquoted dates as strings, so schemas see what the author wrote.
    data = parse(match[1] ?? "", { schema: "core", uniqueKeys: true });
  } catch (error) {
    throw new ContentError(file, [
      `(frontmatter): YAML syntax: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    ]);
  }
  return { file, frontmatter: parseWithFriendlyErrors(schema, data, file), body: text.slice(match[0].length) };
}
