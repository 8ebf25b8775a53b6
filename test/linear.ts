/**
 * Reading that stays linear in what is pasted, checked without an absolute time: a reader is
 * timed on an input and on the same kind of input an eighth as long, in the same run, one after
 * the other, and only how far the ratio strays from 8 is asserted. A busy machine slows both
 * alike; a reader that rescans or rejoins what it read takes 64 times as long for 8 times the
 * input, and blows the budget at the sizes these tests use.
 */

/**
 * How much longer than eight times the small input's time the large one may take: linear
 * readers measure about 1 (up to 2 on a busy machine), quadratic ones 8.
 */
export const LINEAR_BUDGET = 4;

/** The times are floored here (ms): timer noise on a tiny measurement cannot make a ratio. */
const FLOOR_MS = 0.05;

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * How far from linear `read` is on the inputs `make` builds: the time for `make(length)` over
 * eight times the time for `make(length / 8)`. Each is timed `runs` times, alternately, and the
 * fastest of each kept, the ones least disturbed by other work. About 1 for a linear reader
 * (less when a fixed cost dominates the small input), about 8 for a quadratic one.
 */
export function growth(read: (text: string) => unknown, make: (length: number) => string, length: number, runs = 7) {
  const small = make(Math.floor(length / 8));
  const large = make(length);
  let fastSmall = Infinity;
  let fastLarge = Infinity;
  for (let i = 0; i < runs; i += 1) {
    fastSmall = Math.min(
      fastSmall,
      time(() => read(small)),
    );
    fastLarge = Math.min(
      fastLarge,
      time(() => read(large)),
    );
  }
  return Math.max(fastLarge, FLOOR_MS) / (8 * Math.max(fastSmall, FLOOR_MS));
}

/** `unit` repeated up to `length` characters. */
export const filled = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
