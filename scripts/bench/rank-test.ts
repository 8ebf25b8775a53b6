/**
 * The one-sided Mann–Whitney test: how likely it is that runs as far apart as these, with `worse`
 * above `better`, would come from two sides with no difference at all. Exact (every way of
 * dealing the pooled runs into two sides of these sizes) up to 200,000 ways, which covers ten
 * runs a side; beyond that the normal approximation. Ties count half, as the test defines.
 */
export function rankTestP(worse: readonly number[], better: readonly number[]): number {
  const [m, n] = [worse.length, better.length];
  if (m === 0 || n === 0) return 1;
  // U: how many (worse, better) pairs have the worse side's run above the better side's.
  const u = (xs: readonly number[], ys: readonly number[]) =>
    xs.reduce((sum, x) => sum + ys.reduce((s, y) => s + (x > y ? 1 : x === y ? 0.5 : 0), 0), 0);
  const observed = u(worse, better);
  const pooled = [...worse, ...better];
  if (choose(m + n, m) > 200_000) return normalP(observed, m, n);
  let atLeast = 0;
  let total = 0;
  for (const picked of combinations(pooled.length, m)) {
    const chosen = new Set(picked);
    const xs = picked.map((i) => pooled[i] ?? 0);
    const ys = pooled.filter((_, i) => !chosen.has(i));
    total += 1;
    if (u(xs, ys) >= observed - 1e-9) atLeast += 1;
  }
  return atLeast / total;
}

function choose(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

function* combinations(n: number, k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix;
    return;
  }
  for (let i = start; i <= n - (k - prefix.length); i += 1) yield* combinations(n, k, i + 1, [...prefix, i]);
}

/** The normal approximation of U's distribution, with a continuity correction. */
function normalP(u: number, m: number, n: number): number {
  const mean = (m * n) / 2;
  const sd = Math.sqrt((m * n * (m + n + 1)) / 12);
  const z = (u - 0.5 - mean) / sd;
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Complementary error function (Numerical Recipes' erfcc, accurate to about 1e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
