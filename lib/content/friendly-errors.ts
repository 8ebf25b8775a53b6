import type { z } from "zod";
import { countOf, plural } from "../shared/plural";

type RawIssue = z.core.$ZodRawIssue;

/** How a value reads in YAML, for "found …" hints: short, and quoted when it is text. */
function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return value.length > 40 ? `"${value.slice(0, 37)}…"` : `"${value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  // What is left cannot come from YAML.
  return typeof value === "object" ? "a section of fields" : "a value";
}

/** What a field of each expected type is called, in an author's words. */
const KIND: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a section of fields",
  record: "a section of fields",
  date: "a date",
};

function invalidType(issue: Extract<RawIssue, { code: "invalid_type" }>): string {
  const kind = KIND[issue.expected] ?? issue.expected;
  if (issue.input === undefined) {
    if (issue.expected === "string") return "this text is required";
    if (issue.expected === "array") return "this list is required";
    if (issue.expected === "object" || issue.expected === "record") return "this section is required";
    return `this field is required (${kind})`;
  }
  if (issue.expected === "string" && typeof issue.input === "number") {
    return `must be text, found the number ${issue.input}: put it in quotes`;
  }
  if (issue.expected === "array")
    return `must be a list (each item on a line starting with "- "), found ${shown(issue.input)}`;
  return `must be ${kind}, found ${shown(issue.input)}`;
}

function size(issue: Extract<RawIssue, { code: "too_small" | "too_big" }>): string {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  const bound = issue.exact ? "exactly" : small ? "at least" : "at most";
  switch (issue.origin) {
    case "string":
      return small && limit === 1 ? "must not be empty" : `must be ${bound} ${limit} characters long`;
    case "array":
    case "set":
      return `needs ${bound} ${countOf(limit, "item", "items")}`;
    default:
      return `must be ${bound} ${limit}`;
  }
}

/**
 * Zod's issues in words a content author reads: what is wrong, and what to write instead.
 * Messages a schema writes itself (`.min(1, "credit at least one source")`) take precedence
 * over these, so a schema can always say something more specific. Undefined falls back to zod.
 */
export function friendlyError(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue);
    case "too_small":
    case "too_big":
      return size(issue);
    case "invalid_value":
      return `must be ${issue.values.length === 1 ? "" : "one of "}${issue.values.map((v) => shown(v)).join(", ")}; found ${shown(issue.input)}`;
    case "unrecognized_keys":
      return `${plural(issue.keys.length, "unknown field", "unknown fields")} ${issue.keys.map((k) => `"${k}"`).join(", ")}: check the spelling, or remove ${plural(issue.keys.length, "it", "them")}`;
    case "invalid_format":
      if (issue.format === "url") return "must be a full web address, like https://example.org/page";
      if (issue.format === "regex") return `has the wrong form, found ${shown(issue.input)}`;
      return `must be a valid ${issue.format}`;
    case "invalid_union":
      return `does not match any allowed form, found ${shown(issue.input)}`;
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}
