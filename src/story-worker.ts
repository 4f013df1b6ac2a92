/**
 * The worker that reads and builds a story off the main thread, so that the bot's gateway and
 * its three-second answers never wait for ingest: it leaves a snapshot in the cache and reports.
 * A snapshot already there is left for the main thread to read (parsing it twice would double the
 * start), unless the main thread found it unusable and asks for a rebuild.
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { buildOnAllCores, openStory } from './load-story.js';

const { dir, cacheDir, rebuild } = workerData as { dir: string; cacheDir: string; rebuild: boolean };

async function prepare(): Promise<{ hash: string; warnings: unknown[]; fromSnapshot: boolean }> {
  const opened = openStory(dir, cacheDir);
  if (!rebuild && opened.snapshot && existsSync(opened.snapshot)) return { hash: opened.hash, warnings: opened.corpusWarnings, fromSnapshot: true };
  const built = await buildOnAllCores(opened);
  return { hash: built.hash, warnings: built.warnings, fromSnapshot: false };
}

prepare().then(
  (ready) => parentPort!.postMessage({ ok: true, ...ready }),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: (error as Error).message, corpus: (error as Error).name === 'CorpusError' }),
);
