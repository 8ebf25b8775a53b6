/**
 * The order of each round's runs: every round runs each side once, the order rotated one
 * place a round, so a machine that slows down during the bench slows every side alike rather
 * than whichever always ran last.
 */
export function rotatedRounds<T>(sides: readonly T[], rounds: number): T[][] {
  return Array.from({ length: rounds }, (_, round) =>
    sides.map((_, i) => sides[(i + round) % sides.length]).filter((side): side is T => side !== undefined),
  );
}
