/**
 * Runs a generator of small steps on this thread, giving the event loop a turn every few
 * milliseconds: a bot decoding its next story keeps answering with the one it serves.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long the steps may hold the thread before others get a turn. */
const SLICE_MS = 8;

/** The generator's return value, its steps run a slice at a time. */
export async function runInSlices<T>(steps: Generator<unknown, T>, sliceMs = SLICE_MS): Promise<T> {
  let until = performance.now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= until) {
      await nextTurn();
      until = performance.now() + sliceMs;
    }
  }
}
