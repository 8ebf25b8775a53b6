import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { ContentError } from "./parse";

/** Reads a YAML file, turning syntax errors into a ContentError that names the file and line. */
export function readYaml(file: string, label = file): unknown {
  const text = readFileSync(file, "utf8");
  try {
    // The core schema keeps unquoted dates as strings, so schemas see what the author wrote.
    return parse(text, { schema: "core", uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
    throw new ContentError(label, [`YAML syntax: ${message}`]);
  }
}
