/** The letters of the n-th leader (from 0): A … Z, then AA, AB …, as spreadsheets number columns. */
export function letterOf(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * How leaders are named in the workshop: by role on the facilitator's own screen, and as
 * "Leader A", "Leader B" … in front of the team, where a role beside a score names a person.
 * The letters follow the order the links came in, which says nothing about anyone.
 */
export type Naming = "roles" | "letters";

/**
 * Names leaders by their index: `names` are the facilitator's (the report model's `names`);
 * `lettered` is "Leader {letter}" in the view's language.
 */
export function namer(
  names: readonly string[],
  naming: Naming,
  lettered = "Leader {letter}",
): (leader: number) => string {
  return (i) => {
    const name = names[i];
    return naming === "letters" || name === undefined ? lettered.replace("{letter}", letterOf(i)) : name;
  };
}
