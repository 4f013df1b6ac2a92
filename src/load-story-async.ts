/**
 * Loads a story without blocking the event loop for ingest: a corpus known by its files whose
 * snapshot is there is read at once; otherwise a worker reads and hashes the corpus, builds the
 * story if needed and saves the snapshot, and the main thread then reads that snapshot.
 */
import { CorpusError } from './corpus/read-corpus.js';
import { startTsWorker } from './ts-worker.js';
import { defaultCacheDir, knownSnapshot, type LoadedStory } from './load-story.js';
import { readSnapshot, snapshotPath } from './story-cache.js';
import { openWordnetThesaurus } from './thesaurus/wordnet-thesaurus.js';
import type { IngestWarning } from './core/types.js';

type WorkerReply = { ok: true; hash: string; warnings: IngestWarning[]; fromSnapshot: boolean } | { ok: false; message: string; corpus: boolean };

/**
 * Loads the story of `dir` in a worker thread. Needs the snapshot cache (it is how the story
 * travels). `inWorker` has the worker check the corpus files even when they look known (a reload:
 * listing a large corpus on this thread would hold up the answers of the story being served).
 */
export async function loadStoryAsync(dir: string, cacheDir: string = defaultCacheDir(), options: { inWorker?: boolean } = {}): Promise<LoadedStory & { fromSnapshot: boolean }> {
  if (cacheDir === 'off') throw new Error('loading in the background needs the snapshot cache (BYLINE_CACHE_DIR is off)');
  const warnings: IngestWarning[] = [];
  // A corpus known by its files, its snapshot there: read here at once, no worker needed.
  const known = options.inWorker ? null : knownSnapshot(dir, cacheDir);
  const first = known ? { ...known, fromSnapshot: true } : await inWorker(dir, cacheDir, false);
  const story = readSnapshot(snapshotPath(cacheDir, first.hash), openWordnetThesaurus(), (message) => warnings.push({ file: cacheDir, message }));
  if (story) return { story, warnings: [...first.warnings, ...warnings], hash: first.hash, fromSnapshot: first.fromSnapshot };
  // The snapshot could not be used (the warning says why): the worker builds it afresh.
  const rebuilt = await inWorker(dir, cacheDir, true);
  const again = readSnapshot(snapshotPath(cacheDir, rebuilt.hash), openWordnetThesaurus(), (message) => warnings.push({ file: cacheDir, message }));
  if (!again) throw new Error(`the story worker left no snapshot in ${cacheDir}`);
  return { story: again, warnings: [...rebuilt.warnings, ...warnings], hash: rebuilt.hash, fromSnapshot: false };
}

/** Runs the story worker: it leaves a snapshot (building one unless one is there, or `rebuild`) and says which. */
async function inWorker(dir: string, cacheDir: string, rebuild: boolean): Promise<{ hash: string; warnings: IngestWarning[]; fromSnapshot: boolean }> {
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    const worker = startTsWorker(new URL('./story-worker.ts', import.meta.url), { dir, cacheDir, rebuild });
    worker.once('message', (message: WorkerReply) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the story worker stopped with code ${code}`))));
  });
  if (!reply.ok) throw reply.corpus ? new CorpusError(reply.message) : new Error(reply.message);
  return reply;
}
