/**
 * A corpus folder opened for loading: hashed (from the cache's memory of its files when they are
 * unchanged, else by reading every article), with where its snapshot lives, what reading it warned
 * about, and how to build and save it. The builders (and compromise, which only building needs)
 * are imported when a story must be built, so that a start from a snapshot does not load them.
 */
import { corpusFingerprint, readCorpus, type Corpus } from './corpus/read-corpus.js';
import { existsSync } from 'node:fs';
import type { BuiltStoryData } from '../core/story/build-story.js';
import { openWordnetThesaurus } from './thesaurus/wordnet-thesaurus.js';
import { readKnownCorpus, readSnapshot, rememberCorpus, snapshotPath, writeSnapshot, type KnownCorpus } from './story-cache.js';
import { createHash } from 'node:crypto';
import type { ArticleMetaInput, ArticleSource, IngestWarning, Story, StoryData } from '../core/types.js';
import type { Thesaurus } from '../core/index/thesaurus.js';
import { snapshotVersion } from './snapshot-version.js';
import { prepareStory } from '../core/story/prepare-story.js';
import type { OnProgress } from './load-progress.js';

/** A loaded story, what could not be read cleanly, a short hash of its corpus (buttons carry it), and whether it came from its snapshot. */
export interface LoadedStory {
  story: Story;
  warnings: IngestWarning[];
  hash: string;
  fromSnapshot: boolean;
}

/** A corpus of at least this many characters of text is built with one worker per core; a smaller one is quicker on one thread. */
export const PARALLEL_FROM_CHARS = 1_000_000;

/** Builds the story of an opened corpus (a large one with one worker per core) and saves its snapshot; `onProgress` hears the articles advance. */
export async function buildOnAllCores(opened: OpenedStory, onProgress?: OnProgress): Promise<LoadedStory & { fromSnapshot: false; saved: boolean }> {
  const built = await buildDataOnAllCores(opened, onProgress);
  return { ...built, story: prepareStory(built.data, { thesaurus: opened.thesaurus }) };
}

/**
 * `buildOnAllCores` without the look-ups: the story's data built and its snapshot saved, for a
 * build that never answers from it (the story worker's: the thread that serves the story decodes
 * the snapshot and prepares it there).
 */
export async function buildDataOnAllCores(
  opened: OpenedStory,
  onProgress?: OnProgress,
): Promise<Omit<LoadedStory, 'story'> & { data: StoryData; fromSnapshot: false; saved: boolean }> {
  const { sources, metadata } = opened.corpus();
  const onStep = onProgress && ((step: 'articles' | 'quotes', done: number, total: number) => onProgress({ step, done, total }));
  if (sources.reduce((n, s) => n + s.text.length, 0) < PARALLEL_FROM_CHARS) {
    const { buildStoryData } = await import('../core/story/build-story.js');
    return opened.save(buildStoryData(sources, metadata, onStep));
  }
  const { buildStoryDataInWorkers } = await import('./build/build-in-workers.js');
  return opened.save(await buildStoryDataInWorkers(sources, metadata, onStep ? { onProgress: onStep } : {}));
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
  /** Saves a built story's snapshot and returns it with the warnings and hash of a loaded story; `saved` is false when the cache is off or the snapshot could not be written. */
  save(built: BuiltStoryData): Omit<LoadedStory, 'story'> & { data: StoryData; fromSnapshot: false; saved: boolean };
}

/**
 * Hashes the corpus of `dir`: by reading every article, or, when its files' names, sizes and times
 * are those of a corpus already hashed whose snapshot is there, from the cache without reading them.
 * `onProgress` hears the files being read.
 */
export function openStory(dir: string, cacheDir: string | null, onProgress?: OnProgress): OpenedStory {
  let read: Corpus | null = null;
  const corpus = () => (read ??= readCorpus(dir, onProgress && ((done, total) => onProgress({ step: 'files', done, total }))));
  const known = knownSnapshot(dir, cacheDir);
  const { hash, warnings: corpusWarnings } = known ?? { hash: corpusHash(corpus().sources, corpus().metadata), warnings: corpus().warnings };
  if (!known && cacheDir !== null) rememberCorpus(cacheDir, fingerprintOf(dir), { hash, warnings: corpusWarnings });
  const warnings = [...corpusWarnings];
  const warn = (message: string) => warnings.push({ file: cacheDir ?? 'snapshot cache', message });
  const thesaurus: Thesaurus = openWordnetThesaurus();
  const path = cacheDir === null ? null : snapshotPath(cacheDir, hash);
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
      const saved = path !== null && writeSnapshot(path, built.data, warn);
      return { data: built.data, warnings: [...warnings, ...built.warnings], hash, fromSnapshot: false, saved };
    },
  };
}

/**
 * The hash and read warnings of the corpus of `dir` when its files are those of a corpus already
 * hashed and that corpus's snapshot is there: found without reading an article. Null otherwise.
 */
export function knownSnapshot(dir: string, cacheDir: string | null): KnownCorpus | null {
  if (cacheDir === null) return null;
  const known = readKnownCorpus(cacheDir, fingerprintOf(dir));
  return known && existsSync(snapshotPath(cacheDir, known.hash)) ? known : null;
}

/** The files' fingerprint, with the snapshot version: a new pipeline knows no corpus yet. */
function fingerprintOf(dir: string): string {
  return `${corpusFingerprint(dir)}-${snapshotVersion()}`;
}

/** Eight hex characters that change whenever an article, its metadata or the snapshot version changes. */
function corpusHash(sources: ArticleSource[], metadata: Record<string, ArticleMetaInput>): string {
  const hash = createHash('sha256').update(snapshotVersion());
  for (const s of sources) hash.update(`\0${s.id}\0${s.text}`);
  hash.update(JSON.stringify(metadata));
  return hash.digest('hex').slice(0, 8);
}
