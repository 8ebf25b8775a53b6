// Prints how long reading 1 MB of each adversarial family of input takes in Node (see
// scripts/bench/input-reading.ts; `npm run bench` prints the same table beside its timings).
// Usage: npx tsx scripts/measure-input.ts
import { inputReadings } from "./bench/input-reading";

console.table(inputReadings().map((r) => ({ input: r.input, "ms for 1 MB": r.msPerMb, "× 1/8 MB": r.growth })));
