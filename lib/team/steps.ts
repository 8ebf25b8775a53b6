/**
 * Work written as generators can run in one go (tests, Node) or in slices between which the
 * browser stays responsive (chunks.ts). This runs it in one go.
 */
export function drain<T>(steps: Generator<unknown, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
