/**
 * `npm run bench -- [--corpus DIR]`: ingest throughput, index build time, answer latency p50/p99
 * for ask, who-said, quote and timeline over a fixed query set, and process RSS. Seeds by default.
 * A benchmark, not a test: it prints figures for the README's Performance section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { readCorpus } from '../src/corpus/read-corpus.js';
import { buildStory } from '../src/core/build-story.js';
import { buildStoryInWorkers } from '../src/build/build-in-workers.js';
import { PARALLEL_FROM_BYTES } from '../src/load-story.js';
import { ask } from '../src/core/answer/ask.js';
import { findQuotes, whoSaid } from '../src/core/answer/quotes.js';
import { timeline } from '../src/core/answer/timeline.js';
import { openWordnetThesaurus } from '../src/thesaurus/wordnet-thesaurus.js';
import type { Story } from '../src/core/types.js';
import { fromSnapshot, toSnapshot, type StorySnapshot } from '../src/core/snapshot.js';

const args = process.argv.slice(2);
const corpus = args[args.indexOf('--corpus') + 1] && args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : join(import.meta.dirname, '..', 'seeds');
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
const read = readCorpus(corpus);
const bytes = read.sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
const t1 = performance.now();
// As `npm start` builds it: a large corpus with one reader worker per core, a small one on this thread.
const steps: string[] = [];
const parallel = bytes >= PARALLEL_FROM_BYTES;
const { story } = parallel
  ? await buildStoryInWorkers(read.sources, read.metadata, openWordnetThesaurus(), { onStep: (step, ms) => steps.push(`${step} ${(ms / 1000).toFixed(2)} s`) })
  : buildStory(read.sources, read.metadata, openWordnetThesaurus());
const t2 = performance.now();
const seconds = (t2 - t0) / 1000;
console.log(`corpus    ${corpus}: ${read.sources.length} articles, ${(bytes / 1024).toFixed(0)} KB, ${story.sentences.length} sentences, ${story.quotes.length} quotes, ${story.events.length} events`);
console.log(`read      ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`ingest    ${seconds.toFixed(2)} s in all: ${(bytes / 1024 / seconds).toFixed(0)} KB/s, ${(read.sources.length / seconds).toFixed(0)} articles/s, ${parallel ? `on ${availableParallelism()} reader workers (${steps.join(', ')})` : 'on one thread'}`);
const snapshot = JSON.stringify(toSnapshot(story));
const t3 = performance.now();
const reloaded = fromSnapshot(JSON.parse(snapshot) as StorySnapshot, openWordnetThesaurus());
const t4 = performance.now();
console.log(`snapshot  ${(Buffer.byteLength(snapshot) / 1024 / 1024).toFixed(1)} MB, loads in ${((t4 - t3) / 1000).toFixed(2)} s (${reloaded.sentences.length} sentences)`);
// The bot reads WordNet's index when the story loads; so does the benchmark, before timing.
story.thesaurus?.synonyms('story');
console.log(time('ask', story, ask, queries.ask));
console.log(time('who-said', story, whoSaid, queries.whoSaid));
console.log(time('quote', story, findQuotes, queries.quote));
console.log(time('timeline', story, (s, q) => (q ? timeline(s, q) : timeline(s)), queries.timeline));
console.log(`rss       ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
