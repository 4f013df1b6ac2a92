/**
 * Builds a story on every core: reader workers each read a share of the articles and later find
 * their quotes and events, while this thread finds the cast and builds the index. The story is the
 * one `buildStory` makes on one thread, step for step (a test compares them).
 */
import { availableParallelism } from 'node:os';
import {
  assembleStory,
  castOf,
  indexOf,
  inBuildOrder,
  keepReadable,
  type ArticleReading,
  type ArticleReports,
  type BuiltStory,
  type BuiltStoryData,
} from '../../core/story/build-story.js';
import { prepareStory } from '../../core/story/prepare-story.js';
import type { ArticleMetaInput, ArticleSource, IngestWarning, StoryServices } from '../../core/types.js';
import type { OnBuildStep } from '../../core/story/build-story.js';
import { startReader } from './reader.js';

/** How the parallel build runs: how many reader workers, and who hears how long each step took. */
export interface WorkerBuildOptions {
  workers?: number;
  onStep?: (step: 'read' | 'cast' | 'index' | 'reports' | 'merge', ms: number) => void;
  /** Hears how many articles the per-article steps have done, across the workers. */
  onProgress?: OnBuildStep;
}

/** Builds the story of `sources` with reader workers (one per core by default), prepared with `services` as `buildStory` prepares it. */
export async function buildStoryInWorkers(
  sources: ArticleSource[],
  metadata: Record<string, ArticleMetaInput>,
  services: StoryServices = {},
  options: WorkerBuildOptions = {},
): Promise<BuiltStory> {
  // The look-ups are prepared within the merge step, as the steps have always been timed.
  let mergeMs = 0;
  const { data, warnings } = await buildStoryDataInWorkers(sources, metadata, {
    ...options,
    onStep: (step, ms) => (step === 'merge' ? (mergeMs = ms) : options.onStep?.(step, ms)),
  });
  const preparing = performance.now();
  const story = prepareStory(data, services);
  options.onStep?.('merge', mergeMs + performance.now() - preparing);
  return { story, warnings };
}

/** `buildStoryInWorkers` without the look-ups: the story's data only, for a build that saves it and never answers from it (the story worker's). */
export async function buildStoryDataInWorkers(
  sources: ArticleSource[],
  metadata: Record<string, ArticleMetaInput>,
  options: WorkerBuildOptions = {},
): Promise<BuiltStoryData> {
  const workers = options.workers ?? availableParallelism();
  let lap = performance.now();
  const step = (name: Parameters<NonNullable<WorkerBuildOptions['onStep']>>[0]) => {
    const now = performance.now();
    options.onStep?.(name, now - lap);
    lap = now;
  };
  const ordered = inBuildOrder(sources);
  const shares = shareOut(ordered, Math.max(1, workers));
  // Each worker reports its own count; the build's is their sum.
  const counts = { articles: shares.map(() => 0), quotes: shares.map(() => 0) };
  const totals = { articles: ordered.length, quotes: ordered.length };
  const heard = (r: number) => (step: 'articles' | 'quotes', done: number) => {
    counts[step][r] = done;
    options.onProgress?.(
      step,
      counts[step].reduce((a, b) => a + b, 0),
      totals[step],
    );
  };
  const readers = shares.map((share, r) =>
    startReader(
      share.map((i) => ordered[i]!),
      metadataOf(
        share.map((i) => ordered[i]!),
        metadata,
      ),
      heard(r),
    ),
  );
  try {
    // 1. Articles: each reader reads its share; the readings are put back in build order.
    const read = await Promise.all(readers.map((r) => r.next('readings')));
    const byPosition: ArticleReading[] = new Array(ordered.length);
    shares.forEach((share, r) => share.forEach((position, k) => (byPosition[position] = read[r]!.readings[k]!)));
    const warnings: IngestWarning[] = [];
    const readings = byPosition.flatMap((reading, position) => keepReadable(reading, ordered[position]!.id, warnings));
    // Quotes are found in the readable articles only.
    totals.quotes = readings.length;
    step('read');
    // 2. People: the cast across all articles, sent to the readers for attributing quotes.
    const people = castOf(readings);
    step('cast');
    for (const r of readers) r.send({ people });
    // 3. Index: built here while the readers find quotes and events.
    const index = indexOf(readings);
    step('index');
    // 4. Quotes and events: each reader's, for its readable articles, put back in build order.
    const reported = await Promise.all(readers.map((r) => r.next('reports')));
    step('reports');
    const reports = new Map<string, ArticleReports>();
    shares.forEach((share, r) =>
      share.filter((p) => byPosition[p]!.sentences.length > 0).forEach((p, k) => reports.set(ordered[p]!.id, reported[r]!.reports[k]!)),
    );
    const data = assembleStory(
      readings,
      people,
      readings.map((reading) => reports.get(reading.article.id)!),
      index,
    );
    step('merge');
    return { data, warnings };
  } finally {
    await Promise.all(readers.map((r) => r.stop()));
  }
}

/** Positions of the articles for each worker: each article goes to the worker with the least text so far. */
function shareOut(sources: ArticleSource[], workers: number): number[][] {
  const shares = Array.from({ length: Math.min(workers, Math.max(1, sources.length)) }, () => ({ positions: [] as number[], size: 0 }));
  sources.forEach((source, position) => {
    const lightest = shares.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.positions.push(position);
    lightest.size += source.text.length;
  });
  return shares.map((s) => s.positions);
}

function metadataOf(sources: ArticleSource[], metadata: Record<string, ArticleMetaInput>): Record<string, ArticleMetaInput> {
  return Object.fromEntries(sources.filter((s) => metadata[s.id]).map((s) => [s.id, metadata[s.id]!]));
}
