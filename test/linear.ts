/**
 * Reading that stays linear in what is pasted, checked without an absolute time, in two ways,
 * each against a linear baseline measured in the same run: `slowdown` times a reader on an
 * adversarial input and on an ordinary one of the same length; `growth` times it on an input
 * and on the same kind of input an eighth as long. Only ratios are asserted: a busy machine
 * slows both sides alike, while a reader that rescans or rejoins what it read takes 64 times
 * as long for 8 times the input, and blows either budget at the sizes these tests use.
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

/** Rounds of timing before a ratio over its budget is believed: other work on a shared machine can stall one. */
const ROUNDS = 3;

/**
 * How far from linear `read` is on the inputs `make` builds: the time for `make(length)` over
 * eight times the time for `make(length / 8)`. Each is timed `runs` times, alternately, and the
 * fastest of each kept, the ones least disturbed by other work; a ratio over LINEAR_BUDGET is
 * measured again, up to ROUNDS times, and the lowest kept. About 1 for a linear reader (less
 * when a fixed cost dominates the small input), about 8 for a quadratic one, every round.
 */
export function growth(read: (text: string) => unknown, make: (length: number) => string, length: number, runs = 7) {
  const small = make(Math.floor(length / 8));
  const large = make(length);
  let ratio = Infinity;
  for (let round = 0; round < ROUNDS && ratio >= LINEAR_BUDGET; round += 1) {
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
    ratio = Math.min(ratio, Math.max(fastLarge, FLOOR_MS) / (8 * Math.max(fastSmall, FLOOR_MS)));
  }
  return ratio;
}

/**
 * How many times an ordinary input's time an adversarial one of the same length may take. The
 * adversarial families (test/adversarial.ts) take 0.1 to 0.6 times what as many result links do,
 * up to 2 on a busy machine; the quadratic readers they were found in took 10 to 1,000 times.
 */
export const SLOWDOWN_BUDGET = 5;

/**
 * How many times slower `read` is on `input` than on `baseline`, an ordinary input of the same
 * length the reader reads in one pass (a paste of result links, say): a linear baseline measured
 * in the same run, at the same size, so that a busy machine, garbage collection and memory
 * weigh on both alike. Timed alternately, `runs` times each, the fastest of each kept; a ratio
 * over SLOWDOWN_BUDGET is measured again, up to ROUNDS times, and the lowest kept.
 */
export function slowdown(read: (text: string) => unknown, input: string, baseline: string, runs = 5) {
  let ratio = Infinity;
  for (let round = 0; round < ROUNDS && ratio >= SLOWDOWN_BUDGET; round += 1) {
    let fastInput = Infinity;
    let fastBaseline = Infinity;
    for (let i = 0; i < runs; i += 1) {
      fastBaseline = Math.min(
        fastBaseline,
        time(() => read(baseline)),
      );
      fastInput = Math.min(
        fastInput,
        time(() => read(input)),
      );
    }
    ratio = Math.min(ratio, Math.max(fastInput, FLOOR_MS) / Math.max(fastBaseline, FLOOR_MS));
  }
  return ratio;
}

/** `unit` repeated up to `length` characters. */
export const filled = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
