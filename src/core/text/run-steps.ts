/**
 * Runs a computation written as steps (a generator that yields between slices of work, so that a
 * serving thread can interleave it) to its end at once, and returns its result. It stands in the
 * lowest layer because every layer writes its long work so.
 */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
