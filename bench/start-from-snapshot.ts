/**
 * Part of `npm run bench`: a process that starts from a snapshot as `npm start` does, then times
 * the fixed query set and reports its memory. Arguments: the corpus folder and the cache folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadStory } from '../src/store/load-story.js';
import { ask } from '../src/core/answer/ask.js';
import { findQuotes, whoSaid } from '../src/core/answer/quotes.js';
import { timeline } from '../src/core/answer/timeline.js';
import type { Story } from '../src/core/types.js';
import { warmUp } from '../src/core/answer/warm-up.js';

const [corpus, cache] = process.argv.slice(2) as [string, string];
const queries = JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8')) as Record<'ask' | 'whoSaid' | 'quote' | 'timeline', string[]>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(label: string, story: Story, run: (story: Story, q: string) => unknown, list: string[], rounds = 5): string {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of list) {
      const t = performance.now();
      run(story, q);
      samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  return `${label.padEnd(9)} p50 ${percentile(samples, 50).toFixed(2)} ms   p99 ${percentile(samples, 99).toFixed(2)} ms   (${samples.length} answers)`;
}

const t0 = performance.now();
const loaded = await loadStory(corpus, { cacheDir: cache });
const t1 = performance.now();
// The bot warms the story up when it loads (WordNet's index, per-story look-ups); so does the benchmark, before timing.
warmUp(loaded.story);
const t2 = performance.now();
if (!loaded.fromSnapshot) throw new Error('the benchmark expected to start from the snapshot');
console.log(
  `start     from the snapshot, ready ${(t2 / 1000).toFixed(2)} s after the process started: loading ${((t1 - t0) / 1000).toFixed(2)} s, warm-up ${((t2 - t1) / 1000).toFixed(2)} s; RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
);
const { story } = loaded;
console.log(time('ask', story, ask, queries.ask));
console.log(time('who-said', story, whoSaid, queries.whoSaid));
console.log(time('quote', story, findQuotes, queries.quote));
console.log(time('timeline', story, (s, q) => (q ? timeline(s, q) : timeline(s)), queries.timeline));
console.log(`rss       ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB after the queries`);
