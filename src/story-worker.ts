/**
 * The worker that reads and builds a story off the main thread, so that the bot's gateway and
 * its three-second answers never wait for ingest: it leaves a snapshot in the cache and reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadStoryOnAllCores } from './load-story.js';

const { dir, cacheDir } = workerData as { dir: string; cacheDir: string };
loadStoryOnAllCores(dir, cacheDir).then(
  (loaded) => parentPort!.postMessage({ ok: true, hash: loaded.hash, warnings: loaded.warnings, fromSnapshot: loaded.fromSnapshot }),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: (error as Error).message, corpus: (error as Error).name === 'CorpusError' }),
);
