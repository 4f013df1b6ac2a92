/** Reads a corpus folder and builds its story: the one place the disk meets the core. */
import { readCorpus } from './corpus/read-corpus.js';
import { buildStory } from './core/build-story.js';
import { openWordnetThesaurus } from './thesaurus/wordnet-thesaurus.js';
import { pipelineHash, readSnapshot, snapshotPath, writeSnapshot } from './story-cache.js';
import { createHash } from 'node:crypto';
import type { ArticleMetaInput, ArticleSource, IngestWarning, Story } from './core/types.js';
import { PIPELINE_VERSION } from './core/pipeline-version.js';

/** A loaded story, what could not be read cleanly, and a short hash of its corpus (buttons carry it). */
export interface LoadedStory {
  story: Story;
  warnings: IngestWarning[];
  hash: string;
}

/**
 * Loads the story of the folder `dir`: from its snapshot when one is valid, else built and saved.
 * Warnings name the files that could not be read cleanly (and a snapshot that could not be used).
 */
export function loadStory(dir: string, cacheDir: string = defaultCacheDir()): LoadedStory & { fromSnapshot: boolean } {
  const corpus = readCorpus(dir);
  const hash = corpusHash(corpus.sources, corpus.metadata);
  const warnings = [...corpus.warnings];
  const warn = (message: string) => warnings.push({ file: cacheDir, message });
  const thesaurus = openWordnetThesaurus();
  const path = snapshotPath(cacheDir, hash);
  const cached = cacheDir === 'off' ? null : readSnapshot(path, thesaurus, warn);
  if (cached) return { story: cached, warnings, hash, fromSnapshot: true };
  const built = buildStory(corpus.sources, corpus.metadata, thesaurus);
  if (cacheDir !== 'off') writeSnapshot(path, built.story, warn);
  return { story: built.story, warnings: [...warnings, ...built.warnings], hash, fromSnapshot: false };
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
