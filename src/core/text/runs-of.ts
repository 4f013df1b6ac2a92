/** Items cut into runs of neighbours that share a key: a story's sentences by article, an article's by paragraph. */
export function runsOf<T>(items: T[], key: (item: T) => unknown): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs.at(-1);
    if (run && key(run[0]!) === key(item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}
