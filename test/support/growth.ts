/**
 * How an operation's time grows with its input, for tests that must fail on superlinear growth
 * without timing anything absolutely (they pass on a busy machine): the best of three runs at
 * four times the size over the best of three at the size, taken in turns after a warm-up run. On a
 * busy machine any one run may be held up; the best of each is what the operation itself costs.
 * Linear is about 4, quadratic 16; a ratio not clearly linear is measured again.
 */
import { performance } from 'node:perf_hooks';

/** A ratio below this needs no second measurement (the tests' bound is 8, between linear 4 and quadratic 16). */
const CLEARLY_LINEAR = 6;

/** `large` over `small` time of `run(size)`; `run` may assert on its result (its checks are timed too). */
export function growthRatio(run: (size: number) => void, small: number, large = small * 4): number {
  const time = (size: number) => {
    const start = performance.now();
    run(size);
    return performance.now() - start;
  };
  time(Math.max(1, Math.round(small / 10))); // lexicons, caches and the JIT warm up first
  let ratio = Number.POSITIVE_INFINITY;
  // A ratio that is not clearly linear is measured again, twice at most: a machine busy through one
  // whole measurement seldom is through the next, while a quadratic step is 16x every time.
  for (let attempt = 0; attempt < 3 && ratio >= CLEARLY_LINEAR; attempt++) {
    let bestSmall = Number.POSITIVE_INFINITY;
    let bestLarge = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      bestSmall = Math.min(bestSmall, time(small));
      bestLarge = Math.min(bestLarge, time(large));
    }
    ratio = Math.min(ratio, bestLarge / bestSmall);
  }
  return ratio;
}
