/**
 * `loadStory` with `worker`: loads a story without blocking the event loop for ingest: a corpus known by its files whose
 * snapshot is there is read at once; otherwise a worker reads and hashes the corpus, builds the
 * story if needed and saves the snapshot, and the main thread then reads that snapshot. Without a
 * usable cache (off, full, read-only) the worker sends the snapshot's bytes instead, with a warning
 * that names the cause, and the story is served from memory. The main thread reads and decodes a
 * snapshot a few milliseconds at a time, so that the story it serves meanwhile keeps answering.
 */
import { fromWire, type WireError } from '../app/errors.js';
import { startTsWorker } from './ts-worker.js';
import { knownSnapshot, type LoadedStory } from './open-story.js';
import { decodeInSlices, readSnapshotAsync, snapshotPath } from './story-cache.js';
import { openWordnetThesaurus } from './thesaurus/wordnet-thesaurus.js';
import type { IngestWarning, Story } from '../core/types.js';
import type { LoadProgress, OnProgress } from './load-progress.js';

type Prepared = { hash: string; warnings: IngestWarning[]; fromSnapshot: boolean; bytes?: Uint8Array };
type WorkerReply = ({ ok: true } & Prepared) | { ok: false; error: WireError };
type WorkerMessage = WorkerReply | { progress: LoadProgress };

/**
 * Loads the story of `dir` in a worker thread, through the snapshot cache when it can be used,
 * else in memory. `fresh` has the worker check the corpus files even when they look known (a
 * reload: listing a large corpus on this thread would hold up the answers of the story being served).
 */
export async function loadInWorker(
  dir: string,
  cacheDir: string | null,
  options: { fresh: boolean; onProgress?: OnProgress | undefined },
): Promise<LoadedStory> {
  const warnings: IngestWarning[] =
    cacheDir === null
      ? [{ file: 'snapshot cache', message: 'off (BYLINE_CACHE_DIR=off): the story is served from memory and built again at every start' }]
      : [];
  const warn = (message: string) => warnings.push({ file: cacheDir ?? 'snapshot cache', message });
  // A corpus known by its files, its snapshot there: read here at once, no worker needed.
  const known = options.fresh ? null : knownSnapshot(dir, cacheDir);
  const first = known ? { ...known, fromSnapshot: true } : await inWorker(dir, cacheDir, false, options.onProgress);
  const story = await storyOf(first, cacheDir, warn);
  if (story) return { story, warnings: [...first.warnings, ...warnings], hash: first.hash, fromSnapshot: first.fromSnapshot };
  // The snapshot could not be used (the warning says why): the worker builds it afresh.
  const rebuilt = await inWorker(dir, cacheDir, true, options.onProgress);
  const again = await storyOf(rebuilt, cacheDir, warn);
  if (!again) throw new Error(`the story worker left no snapshot in ${cacheDir}`);
  return { story: again, warnings: [...rebuilt.warnings, ...warnings], hash: rebuilt.hash, fromSnapshot: false };
}

/** The story the worker sent, or else the one in its snapshot file (null when that cannot be trusted); decoded a slice at a time, so that a story being served keeps answering. */
function storyOf(prepared: Prepared, cacheDir: string | null, warn: (message: string) => void): Promise<Story | null> {
  if (prepared.bytes) return decodeInSlices(prepared.bytes, openWordnetThesaurus());
  if (cacheDir === null) return Promise.resolve(null);
  return readSnapshotAsync(snapshotPath(cacheDir, prepared.hash), openWordnetThesaurus(), warn);
}

/** Runs the story worker: it leaves a snapshot (building one unless one is there, or `rebuild`) or sends its bytes, and says which; its progress reports go to `onProgress`. */
async function inWorker(dir: string, cacheDir: string | null, rebuild: boolean, onProgress?: OnProgress): Promise<Prepared> {
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    const worker = startTsWorker(new URL('./story-worker.ts', import.meta.url), { dir, cacheDir, rebuild });
    worker.on('message', (message: WorkerMessage) => ('progress' in message ? onProgress?.(message.progress) : resolve(message)));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the story worker stopped with code ${code}`))));
  });
  if (!reply.ok) throw fromWire(reply.error);
  return reply;
}
