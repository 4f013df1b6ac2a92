/**
 * How an operation's time grows with its input, for tests that must fail on superlinear growth
 * without timing anything absolutely (they pass on a busy machine): the time at four times the
 * size over the best of two runs at the size, after a warm-up run. Linear is about 4, quadratic 16.
 */
import { performance } from 'node:perf_hooks';

/** `large` over `small` time of `run(size)`; `run` may assert on its result (its checks are timed too). */
export function growthRatio(run: (size: number) => void, small: number, large = small * 4): number {
  const time = (size: number) => {
    const start = performance.now();
    run(size);
    return performance.now() - start;
  };
  time(Math.max(1, Math.round(small / 10))); // lexicons, caches and the JIT warm up first
  const best = Math.min(time(small), time(small));
  return time(large) / best;
}
