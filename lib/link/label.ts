import { cleanName } from "../shared/name-rule";
import { MAX_LABEL } from "./result-schema";

/**
 * A role or organisation name as a link may carry it, by the one rule for names
 * (lib/shared/name-rule.ts): one line, no control or invisible characters, at most MAX_LABEL
 * UTF-16 units, cut between whole characters (never inside an emoji or a surrogate pair).
 * Undefined when nothing visible is left, so a name that would show as a blank is dropped.
 */
export function cleanLabel(raw: string | null | undefined): string | undefined {
  return cleanName(raw, MAX_LABEL);
}
