import { formatCount } from "./numbers";
import { once } from "./once";

// English has two plural forms, but which applies is a rule of the language, not of the code:
// Intl.PluralRules knows it (and would know another language's, should the site gain one).
const rules = once(() => new Intl.PluralRules("en-GB"));

/** The form that fits `n`: plural(1, "leader", "leaders") → "leader"; plural(0, …) → "leaders". */
export function plural(n: number, one: string, other: string): string {
  return rules().select(n) === "one" ? one : other;
}

/** The count and the form that fits it: countOf(1234, "line", "lines") → "1,234 lines". */
export function countOf(n: number, one: string, other: string): string {
  return `${formatCount(n)} ${plural(n, one, other)}`;
}
