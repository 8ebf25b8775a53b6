import { once } from "./once";

const counts = once(() => new Intl.NumberFormat("en-GB"));

/** 12345 → "12,345": the same grouping on the server, in every browser and in tests. */
export function formatCount(n: number): string {
  return counts().format(n);
}
