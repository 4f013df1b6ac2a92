/**
 * Reads a corpus folder and builds its story: the one place the disk meets the core. The builders
 * (and compromise, which only building needs) are imported when a story must be built, so that a
 * start from a snapshot does not load them.
 */
import { corpusFingerprint, readCorpus, type Corpus } from './corpus/read-corpus.js';
import { existsSync } from 'node:fs';
import type { BuiltStory } from './core/build-story.js';
import { openWordnetThesaurus } from './thesaurus/wordnet-thesaurus.js';
import { cacheIsOff, readKnownCorpus, readSnapshot, rememberCorpus, snapshotPath, writeSnapshot, type KnownCorpus } from './story-cache.js';
import { createHash } from 'node:crypto';
import type { ArticleMetaInput, ArticleSource, IngestWarning, Story } from './core/types.js';
import type { Thesaurus } from './core/index/thesaurus.js';
import { snapshotVersion } from './store/snapshot-version.js';
import { lineForTerminal } from './terminal-text.js';

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
  return opened.readCached() ?? (await buildOnAllCores(opened));
}

/** Builds the story of an opened corpus (a large one with one worker per core) and saves its snapshot. */
export async function buildOnAllCores(opened: OpenedStory): Promise<LoadedStory & { fromSnapshot: false; saved: boolean }> {
  const { sources, metadata } = opened.corpus();
  if (sources.reduce((n, s) => n + s.text.length, 0) < PARALLEL_FROM_BYTES) {
    const { buildStory } = await import('./core/build-story.js');
    return opened.save(buildStory(sources, metadata, opened.thesaurus));
  }
  const { buildStoryInWorkers } = await import('./build/build-in-workers.js');
  return opened.save(await buildStoryInWorkers(sources, metadata, opened.thesaurus));
}

/** A corpus hashed, with where its snapshot lives; its articles are read when they are needed. */
export interface OpenedStory {
  /** The corpus's articles and metadata (read on first use: a start from a snapshot needs none). */
  corpus(): Corpus;
  thesaurus: Thesaurus;
  hash: string;
  /** What could not be read cleanly in the corpus. */
  corpusWarnings: IngestWarning[];
  /** Where the snapshot is (or would be); null when the cache is off. */
  snapshot: string | null;
  /** The story from its snapshot, or null when there is none or it cannot be trusted (with a warning). */
  readCached(): (LoadedStory & { fromSnapshot: true }) | null;
  /** Saves a built story's snapshot and returns it as loaded; `saved` is false when the cache is off or the snapshot could not be written. */
  save(built: BuiltStory): LoadedStory & { fromSnapshot: false; saved: boolean };
}

/**
 * Hashes the corpus of `dir`: by reading every article, or, when its files' names, sizes and times
 * are those of a corpus already hashed whose snapshot is there, from the cache without reading them.
 */
export function openStory(dir: string, cacheDir: string): OpenedStory {
  let read: Corpus | null = null;
  const corpus = () => (read ??= readCorpus(dir));
  const known = knownSnapshot(dir, cacheDir);
  const { hash, warnings: corpusWarnings } = known ?? { hash: corpusHash(corpus().sources, corpus().metadata), warnings: corpus().warnings };
  if (!known && !cacheIsOff(cacheDir)) rememberCorpus(cacheDir, fingerprintOf(dir), { hash, warnings: corpusWarnings });
  const warnings = [...corpusWarnings];
  const warn = (message: string) => warnings.push({ file: cacheDir, message });
  const thesaurus: Thesaurus = openWordnetThesaurus();
  const path = cacheIsOff(cacheDir) ? null : snapshotPath(cacheDir, hash);
  return {
    corpus,
    thesaurus,
    hash,
    corpusWarnings,
    snapshot: path,
    readCached: () => {
      const story = path ? readSnapshot(path, thesaurus, warn) : null;
      return story ? { story, warnings, hash, fromSnapshot: true } : null;
    },
    save: (built) => {
      const saved = path !== null && writeSnapshot(path, built.story, warn);
      return { story: built.story, warnings: [...warnings, ...built.warnings], hash, fromSnapshot: false, saved };
    },
  };
}

/**
 * The hash and read warnings of the corpus of `dir` when its files are those of a corpus already
 * hashed and that corpus's snapshot is there: found without reading an article. Null otherwise.
 */
export function knownSnapshot(dir: string, cacheDir: string): KnownCorpus | null {
  if (cacheIsOff(cacheDir)) return null;
  const known = readKnownCorpus(cacheDir, fingerprintOf(dir));
  return known && existsSync(snapshotPath(cacheDir, known.hash)) ? known : null;
}

/** The files' fingerprint, with the snapshot version: a new pipeline knows no corpus yet. */
function fingerprintOf(dir: string): string {
  return `${corpusFingerprint(dir)}-${snapshotVersion()}`;
}

/** Where snapshots are kept: `.cache/` (git-ignored), or `BYLINE_CACHE_DIR` when set and not empty; `off` turns the cache off. */
export function defaultCacheDir(): string {
  return process.env.BYLINE_CACHE_DIR?.trim() || '.cache';
}

/** Eight hex characters that change whenever an article, its metadata or the snapshot version changes. */
function corpusHash(sources: ArticleSource[], metadata: Record<string, ArticleMetaInput>): string {
  const hash = createHash('sha256').update(snapshotVersion());
  for (const s of sources) hash.update(`\0${s.id}\0${s.text}`);
  hash.update(JSON.stringify(metadata));
  return hash.digest('hex').slice(0, 8);
}

/** A warning as one line for a log or stderr (a file name or message with control characters cannot break the line or drive the terminal). */
export function formatWarning(w: IngestWarning): string {
  return lineForTerminal(`warning: ${w.file}: ${w.message}`);
}
