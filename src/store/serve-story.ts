/**
 * Reads the story and starts serving it: the bot's first load and every reload. The corpus is
 * read, hashed and (when it changed) built in a worker thread; the main thread only decodes the
 * snapshot and prepares its look-ups, yielding between steps so that the story being served keeps
 * answering. Loads asked for while one runs share it: the story is read once.
 */
import type { ReloadDone } from '../../commands/reload.js';
import type { StoryHolder } from '../discord/story-holder.js';
import { formatWarning, loadStory } from './load-story.js';
import type { Logger } from '../app/log.js';
import { holdSnapshot } from './prune-cache.js';
import { snapshotPath } from './story-cache.js';
import { PROGRESS_EVERY_MS, progressLines } from './load-progress.js';
import { runInSlices } from './run-in-slices.js';
import { timelineTopicSteps } from '../core/answer/topics.js';
import type { Story } from '../core/types.js';

/** Where the story comes from and where it is served. */
export interface StorySource {
  corpusDir: string;
  /** Where snapshots are kept; null for none. */
  cacheDir: string | null;
  holder: StoryHolder;
  logger: Logger;
  /** How often a long load logs its progress (default every 5 seconds). */
  progressEveryMs?: number;
}

/**
 * A function that loads the story into `holder` and reports it; concurrent calls share one load.
 * `fresh` (every reload) checks the corpus in the worker too, not from the file list on this thread.
 */
export function storyLoader({
  corpusDir,
  cacheDir,
  holder,
  logger,
  progressEveryMs = PROGRESS_EVERY_MS,
}: StorySource): (options?: { fresh?: boolean }) => Promise<ReloadDone> {
  let running: Promise<ReloadDone> | null = null;
  const load = async (fresh: boolean): Promise<ReloadDone> => {
    const onProgress = progressLines((line) => logger.info(line), progressEveryMs);
    const loaded = await loadStory(corpusDir, { cacheDir, worker: true, fresh, onProgress });
    for (const w of loaded.warnings) logger.warn(formatWarning(w));
    // The timeline's topics (autocomplete's) are tagged with compromise: a few events a step, so that the story being served keeps answering.
    await runInSlices(topicSteps(loaded.story));
    holder.current = { story: loaded.story, hash: loaded.hash };
    // The snapshot stays in the cache while this bot serves it: a respawned shard or a /reload reads it again.
    holdSnapshot(cacheDir === null ? null : snapshotPath(cacheDir, loaded.hash));
    logger.info('story loaded', { corpus: corpusDir, articles: loaded.story.articles.length, version: loaded.hash, fromSnapshot: loaded.fromSnapshot });
    return { articles: loaded.story.articles.length, hash: loaded.hash, warnings: loaded.warnings.length };
  };
  return (options = {}) => (running ??= load(options.fresh === true).finally(() => (running = null)));
}

function* topicSteps(story: Story): Generator<void, void> {
  for (const step of timelineTopicSteps(story)) {
    step();
    yield;
  }
}
