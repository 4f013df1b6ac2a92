/**
 * The worker that reads and builds a story off the main thread, so that the bot's gateway and
 * its three-second answers never wait for ingest: it leaves a snapshot in the cache and reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadStory } from './load-story.js';

const { dir, cacheDir } = workerData as { dir: string; cacheDir: string };
try {
  const loaded = loadStory(dir, cacheDir);
  parentPort!.postMessage({ ok: true, hash: loaded.hash, warnings: loaded.warnings, fromSnapshot: loaded.fromSnapshot });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message, corpus: (error as Error).name === 'CorpusError' });
}
