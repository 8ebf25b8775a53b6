import type { z } from "zod";

/** A content file that does not match its schema. The message lists every problem. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid content in ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
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
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/**
 * Parses content against its schema, or throws a ContentError naming the file and every
 * field at fault. The build calls this, so a broken file fails the build with that message.
 */
export function parseWithFriendlyErrors<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ContentError(file, describeIssues(parsed.error));
  return parsed.data;
}
