/**
 * How long a reload holds the main thread: the bot's own loader (worker read, sliced decode,
 * warm-up) loads the story of a corpus while a timer measures the event loop's delay. A bot that
 * serves another story meanwhile answers between the blocks, so the longest block is the figure.
 *
 *   npm run bench:reload -- [--corpus DIR] [--rounds N]
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { storyLoader } from '../src/store/serve-story.js';
import { emptyHolder } from '../src/discord/story-holder.js';
import { createLogger } from '../src/app/log.js';
import { readConfig } from '../src/app/config.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const corpusDir = resolve(option('--corpus') ?? join(import.meta.dirname, '..', 'seeds'));
const rounds = Number(option('--rounds') ?? 3);
const holder = emptyHolder();
const load = storyLoader({ corpusDir, cacheDir: readConfig().cacheDir, holder, logger: createLogger('warn') });

// The first load may build the snapshot; the rounds after it are what a /reload of an unchanged or rebuilt corpus costs on the main thread.
await load({ fresh: true });
for (let round = 1; round <= rounds; round++) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const started = performance.now();
  await load({ fresh: true });
  delay.disable();
  const ms = (ns: number) => (ns / 1e6).toFixed(1);
  console.log(
    `reload ${round}: ${((performance.now() - started) / 1000).toFixed(2)} s, event loop delay p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms (${holder.current?.story.articles.length} articles)`,
  );
}
