/**
 * The one way to load a story: from the corpus folder `dir`, through its snapshot when one is
 * valid, else built (a large corpus with one worker per core) and saved. With `worker`, the
 * corpus is read, hashed and built in a worker thread and the snapshot decoded here a slice at a
 * time, so that a bot keeps answering with the story it serves. Warnings name the files that could
 * not be read cleanly (and a snapshot that could not be used).
 */
import { readConfig } from '../app/config.js';
import { lineForTerminal } from '../terminal/terminal-text.js';
import type { IngestWarning } from '../core/types.js';
import { buildOnAllCores, openStory, type LoadedStory } from './open-story.js';
import { loadInWorker } from './load-in-worker.js';
import type { OnProgress } from './load-progress.js';

export type { LoadedStory } from './open-story.js';

/** How a story is loaded. */
export interface LoadOptions {
  /** Where snapshots are kept; null keeps none. Default: the configuration's (`BYLINE_CACHE_DIR`, else `.cache`). */
  cacheDir?: string | null;
  /** Read and build in a worker thread, decode here in slices: this thread keeps serving meanwhile. */
  worker?: boolean;
  /** With `worker`: have the worker check the corpus files even when they look known (a reload). */
  fresh?: boolean;
  /** Hears how far the load has come when it reads the files and builds the story (nothing when a snapshot serves). */
  onProgress?: OnProgress;
}

/** The story of `dir`, with its warnings and hash. Throws a user error for a missing or empty corpus. */
export async function loadStory(dir: string, options: LoadOptions = {}): Promise<LoadedStory> {
  const cacheDir = options.cacheDir === undefined ? readConfig().cacheDir : options.cacheDir;
  if (options.worker) return loadInWorker(dir, cacheDir, { fresh: options.fresh === true, onProgress: options.onProgress });
  const opened = openStory(dir, cacheDir, options.onProgress);
  return opened.readCached() ?? (await buildOnAllCores(opened, options.onProgress));
}

/** A warning as one line for a log or stderr (a file name or message with control characters cannot break the line or drive the terminal). */
export function formatWarning(w: IngestWarning): string {
  return lineForTerminal(`warning: ${w.file}: ${w.message}`);
}
