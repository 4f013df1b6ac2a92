/**
 * `npm run bench -- [--corpus DIR]`: ingest throughput and each build step, snapshot size, then a
 * fresh process started from that snapshot (as `npm start` starts: corpus read and hashed,
 * snapshot read) with its start time, answer latency p50/p99 for ask, who-said, quote and timeline
 * over a fixed query set, and its RSS. Seeds by default. A benchmark, not a test: it prints
 * figures for docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildStory } from '../src/core/story/build-story.js';
import { buildStoryInWorkers } from '../src/store/build/build-in-workers.js';
import { openStory, PARALLEL_FROM_CHARS } from '../src/store/open-story.js';

const args = process.argv.slice(2);
const corpus = args.includes('--corpus') && args[args.indexOf('--corpus') + 1] ? args[args.indexOf('--corpus') + 1]! : join(import.meta.dirname, '..', 'seeds');
const cache = mkdtempSync(join(tmpdir(), 'byline-bench-'));

try {
  // 1. Build, as `npm start` builds: a large corpus with one reader worker per core, a small one on this thread.
  const t0 = performance.now();
  const opened = openStory(corpus, cache);
  const { sources, metadata } = opened.corpus();
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  const t1 = performance.now();
  const steps: string[] = [];
  // As `loadStory` decides: by the characters of text, not its bytes.
  const parallel = sources.reduce((n, s) => n + s.text.length, 0) >= PARALLEL_FROM_CHARS;
  const built = parallel
    ? await buildStoryInWorkers(sources, metadata, { thesaurus: opened.thesaurus }, { onStep: (step, ms) => steps.push(`${step} ${(ms / 1000).toFixed(2)} s`) })
    : buildStory(sources, metadata, { thesaurus: opened.thesaurus });
  const t2 = performance.now();
  const { story } = built;
  opened.save({ data: story, warnings: built.warnings });
  const t3 = performance.now();
  const seconds = (t2 - t0) / 1000;
  console.log(
    `corpus    ${corpus}: ${sources.length} articles, ${(bytes / 1024).toFixed(0)} KB, ${story.sentences.length} sentences, ${story.quotes.length} quotes, ${story.events.length} events`,
  );
  console.log(`read      ${((t1 - t0) / 1000).toFixed(2)} s (files read and hashed)`);
  console.log(
    `ingest    ${seconds.toFixed(2)} s in all: ${(bytes / 1024 / seconds).toFixed(0)} KB/s, ${(sources.length / seconds).toFixed(0)} articles/s, ${parallel ? `on ${availableParallelism()} reader workers (${steps.join(', ')})` : 'on one thread'}`,
  );
  console.log(`snapshot  ${(statSync(opened.snapshot!).size / 1024 / 1024).toFixed(1)} MB, written in ${((t3 - t2) / 1000).toFixed(2)} s`);
  console.log(`memory    peak RSS while building ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process, its reader workers included)`);
  // 2. A fresh process starts from the snapshot and answers the query set.
  const child = join(import.meta.dirname, 'start-from-snapshot.ts');
  process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', child, corpus, cache], { encoding: 'utf8', maxBuffer: 1 << 24 }));
} finally {
  rmSync(cache, { recursive: true, force: true });
}
