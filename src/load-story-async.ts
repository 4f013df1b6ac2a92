/**
 * Loads a story without blocking the event loop: a worker builds it (or finds its snapshot) and
 * saves the snapshot; the main thread then reads that snapshot, which is quick.
 */
import { CorpusError } from './corpus/read-corpus.js';
import { startTsWorker } from './ts-worker.js';
import { defaultCacheDir, type LoadedStory } from './load-story.js';
import { readSnapshot, snapshotPath } from './story-cache.js';
import { openWordnetThesaurus } from './thesaurus/wordnet-thesaurus.js';
import type { IngestWarning } from './core/types.js';

type WorkerReply = { ok: true; hash: string; warnings: IngestWarning[]; fromSnapshot: boolean } | { ok: false; message: string; corpus: boolean };

/** Loads the story of `dir` in a worker thread. Needs the snapshot cache (it is how the story travels). */
export async function loadStoryAsync(dir: string, cacheDir: string = defaultCacheDir()): Promise<LoadedStory & { fromSnapshot: boolean }> {
  if (cacheDir === 'off') throw new Error('loading in the background needs the snapshot cache (BYLINE_CACHE_DIR is off)');
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    const worker = startTsWorker(new URL('./story-worker.ts', import.meta.url), { dir, cacheDir });
    worker.once('message', (message: WorkerReply) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the story worker stopped with code ${code}`))));
  });
  if (!reply.ok) throw reply.corpus ? new CorpusError(reply.message) : new Error(reply.message);
  const warnings = [...reply.warnings];
  const story = readSnapshot(snapshotPath(cacheDir, reply.hash), openWordnetThesaurus(), (message) => warnings.push({ file: cacheDir, message }));
  if (!story) throw new Error(`the story worker left no snapshot in ${cacheDir}`);
  return { story, warnings, hash: reply.hash, fromSnapshot: reply.fromSnapshot };
}
