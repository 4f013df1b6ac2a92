/**
 * Reads a corpus folder and builds its story: the one place the disk meets the core. The builders
 * (and compromise, which only building needs) are imported when a story must be built, so that a
 * start from a snapshot does not load them.
 */
import { readCorpus, type Corpus } from './corpus/read-corpus.js';
import type { BuiltStory } from './core/build-story.js';
import { openWordnetThesaurus } from './thesaurus/wordnet-thesaurus.js';
import { pipelineHash, readSnapshot, snapshotPath, writeSnapshot } from './story-cache.js';
import { createHash } from 'node:crypto';
import type { ArticleMetaInput, ArticleSource, IngestWarning, Story } from './core/types.js';
import type { Thesaurus } from './core/index/thesaurus.js';
import { PIPELINE_VERSION } from './core/pipeline-version.js';

/** A loaded story, what could not be read cleanly, and a short hash of its corpus (buttons carry it). */
export interface LoadedStory {
  story: Story;
  warnings: IngestWarning[];
  hash: string;
}

/** A corpus of at least this much text is built with one worker per core; a smaller one is quicker on one thread. */
export const PARALLEL_FROM_BYTES = 1_000_000;

/**
 * Loads the story of the folder `dir`: from its snapshot when one is valid, else built (a large
 * corpus with one worker per core) and saved. Warnings name the files that could not be read
 * cleanly (and a snapshot that could not be used).
 */
export async function loadStoryOnAllCores(dir: string, cacheDir: string = defaultCacheDir()): Promise<LoadedStory & { fromSnapshot: boolean }> {
  const opened = openStory(dir, cacheDir);
  if (opened.cached) return opened.cached;
  const { sources, metadata } = opened.corpus;
  if (sources.reduce((n, s) => n + s.text.length, 0) < PARALLEL_FROM_BYTES) {
    const { buildStory } = await import('./core/build-story.js');
    return opened.save(buildStory(sources, metadata, opened.thesaurus));
  }
  const { buildStoryInWorkers } = await import('./build/build-in-workers.js');
  return opened.save(await buildStoryInWorkers(sources, metadata, opened.thesaurus));
}

/** The corpus of `dir` read, its hash, and its story when a valid snapshot has it; `save` keeps a built one. */
export function openStory(dir: string, cacheDir: string) {
  const corpus: Corpus = readCorpus(dir);
  const hash = corpusHash(corpus.sources, corpus.metadata);
  const warnings = [...corpus.warnings];
  const warn = (message: string) => warnings.push({ file: cacheDir, message });
  const thesaurus: Thesaurus = openWordnetThesaurus();
  const path = snapshotPath(cacheDir, hash);
  const story = cacheDir === 'off' ? null : readSnapshot(path, thesaurus, warn);
  const cached = story ? { story, warnings, hash, fromSnapshot: true } : null;
  const save = (built: BuiltStory) => {
    if (cacheDir !== 'off') writeSnapshot(path, built.story, warn);
    return { story: built.story, warnings: [...warnings, ...built.warnings], hash, fromSnapshot: false };
  };
  return { corpus, thesaurus, cached, save };
}

/** Where snapshots are kept: `.cache/` (git-ignored), or `BYLINE_CACHE_DIR`; `off` turns the cache off. */
export function defaultCacheDir(): string {
  return process.env.BYLINE_CACHE_DIR ?? '.cache';
}

/** Eight hex characters that change whenever an article, its metadata or the pipeline changes. */
function corpusHash(sources: ArticleSource[], metadata: Record<string, ArticleMetaInput>): string {
  const hash = createHash('sha256').update(PIPELINE_VERSION).update(pipelineHash());
  for (const s of sources) hash.update(`\0${s.id}\0${s.text}`);
  hash.update(JSON.stringify(metadata));
  return hash.digest('hex').slice(0, 8);
}

/** A warning as one line for a log or stderr. */
export function formatWarning(w: IngestWarning): string {
  return `warning: ${w.file}: ${w.message}`;
}
