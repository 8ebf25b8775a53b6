import { nameKey } from "../shared/name-rule";

/**
 * One way to show a name that leaders typed several ways ("northwind utilities" beside
 * "Northwind Utilities"): names match by the site's one rule (nameKey), and the spelling shown
 * is the one typed most often, ties going to the first seen. A name not among `names` is shown
 * as it was given.
 */
export function commonSpelling(names: readonly (string | undefined)[]): (name: string) => string {
  const counts = new Map<string, Map<string, number>>();
  for (const name of names) {
    if (name === undefined) continue;
    const key = nameKey(name);
    let spellings = counts.get(key);
    if (!spellings) counts.set(key, (spellings = new Map<string, number>()));
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
  }
  const chosen = new Map<string, string>();
  for (const [key, spellings] of counts) {
    let best: [string, number] | null = null;
    // Maps keep the order names were first seen, so a strict "more" keeps ties with the first.
    for (const entry of spellings) if (!best || entry[1] > best[1]) best = entry;
    if (best) chosen.set(key, best[0]);
  }
  return (name) => chosen.get(nameKey(name)) ?? name;
}
