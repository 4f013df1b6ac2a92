/**
 * Runs of consecutive words, the test of "the same words" across texts: two texts that share a
 * run of eight words repeat each other (a quote shared by two reports), where a few common words
 * in a row ("said on Monday that the") are chance.
 *
 * @example wordRuns(['a', 'b', 'c'], 2) // => ['a b', 'b c']
 */

/** How many words in a row two texts share when one repeats the other. */
export const SHARED_RUN = 8;

/** Every run of `n` consecutive words, joined by single spaces, in order (none when there are fewer than `n` words). */
export function wordRuns(words: readonly string[], n: number = SHARED_RUN): string[] {
  const runs: string[] = [];
  for (let i = 0; i + n <= words.length; i++) runs.push(words.slice(i, i + n).join(' '));
  return runs;
}

/** True when the two word lists have a run of `n` words in common. */
export function shareRun(a: readonly string[], b: readonly string[], n: number = SHARED_RUN): boolean {
  if (a.length < n || b.length < n) return false;
  const runs = new Set(wordRuns(a, n));
  for (let i = 0; i + n <= b.length; i++) if (runs.has(b.slice(i, i + n).join(' '))) return true;
  return false;
}
