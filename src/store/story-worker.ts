/**
 * The worker that reads and builds a story off the main thread, so that the bot's gateway and
 * its three-second answers never wait for ingest: it leaves a snapshot in the cache and reports.
 * A snapshot already there is left for the main thread to read (parsing it twice would double the
 * start), unless the main thread found it unusable and asks for a rebuild. When no snapshot could
 * be left (the cache is off, the disk full, the folder read-only), the story's snapshot bytes
 * travel in the reply instead, and the bot serves from memory. Until it replies, it reports how far
 * it has come (files read, articles read, quotes found).
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { buildDataOnAllCores, openStory } from './open-story.js';
import { toWire } from '../app/errors.js';
import { encodeSnapshot } from '../core/snapshot/encode-snapshot.js';
import { byPercent } from './load-progress.js';

const { dir, cacheDir, rebuild } = workerData as { dir: string; cacheDir: string | null; rebuild: boolean };
// Progress goes to the main thread as it comes, a message per percent, before the reply.
const onProgress = byPercent((progress) => parentPort!.postMessage({ progress }));

async function prepare(): Promise<{ hash: string; warnings: unknown[]; fromSnapshot: boolean; bytes?: Uint8Array }> {
  const opened = openStory(dir, cacheDir, onProgress);
  if (!rebuild && opened.snapshot && existsSync(opened.snapshot)) return { hash: opened.hash, warnings: opened.corpusWarnings, fromSnapshot: true };
  // The data only: the main thread prepares the story's look-ups when it decodes the snapshot; preparing them here too was work thrown away.
  const built = await buildDataOnAllCores(opened, onProgress);
  if (built.saved) return { hash: built.hash, warnings: built.warnings, fromSnapshot: false };
  return { hash: built.hash, warnings: built.warnings, fromSnapshot: false, bytes: encodeSnapshot(built.data) };
}

prepare().then(
  // The bytes are handed over, not copied: a large story's snapshot is tens of megabytes.
  (ready) => parentPort!.postMessage({ ok: true, ...ready }, ready.bytes ? [ready.bytes.buffer as ArrayBuffer] : []),
  (error: unknown) => parentPort!.postMessage({ ok: false, error: toWire(error) }),
);
