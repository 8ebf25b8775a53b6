import type { z } from "zod";
import { friendlyError } from "./friendly-errors";
import { countOf } from "../shared/plural";

/**
 * A content file that does not match its schema. The message has a line per problem, each
 * "file: field: what is wrong", so an author (or an editor's terminal) can jump straight to it.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const count = countOf(problems.length, "problem", "problems");
    super(`Content to fix (${count}):\n${problems.map((p) => `  ${file}: ${p}`).join("\n")}`);
    this.name = "ContentError";
  }
}

/** Renders a zod path the way an editor reads it in YAML: `questions[3].options[0].stage`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}

/** One line per issue, "field: reason", so an author can fix them all in one pass. */
export function describeIssues(error: z.ZodError): string[] {
  // A field of the wrong type also fails its length checks; only the type is worth saying.
  const mistyped = new Set(error.issues.filter((i) => i.code === "invalid_type").map((i) => formatPath(i.path)));
  return error.issues
    .filter((issue) => issue.code === "invalid_type" || !mistyped.has(formatPath(issue.path)))
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/**
 * Parses content against its schema, or throws a ContentError naming the file and every
 * field at fault. The build calls this, so a broken file fails the build with that message.
 */
export function parseWithFriendlyErrors<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const parsed = schema.safeParse(data, { error: friendlyError });
  if (!parsed.success) throw new ContentError(file, describeIssues(parsed.error));
  return parsed.data;
}
