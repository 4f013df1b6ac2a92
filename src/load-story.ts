/** Reads a corpus folder and builds its story: the one place the disk meets the core. */
import { readCorpus } from './corpus/read-corpus.js';
import { buildStory } from './core/build-story.js';
import { openWordnetThesaurus } from './thesaurus/wordnet-thesaurus.js';
import { createHash } from 'node:crypto';
import type { ArticleMetaInput, ArticleSource, IngestWarning, Story } from './core/types.js';
import { PIPELINE_VERSION } from './core/pipeline-version.js';

/** A loaded story, what could not be read cleanly, and a short hash of its corpus (buttons carry it). */
export interface LoadedStory {
  story: Story;
  warnings: IngestWarning[];
  hash: string;
}

/** Loads the story of the folder `dir`; warnings name the files that could not be read cleanly. */
export function loadStory(dir: string): LoadedStory {
  const corpus = readCorpus(dir);
  const built = buildStory(corpus.sources, corpus.metadata, openWordnetThesaurus());
  return { story: built.story, warnings: [...corpus.warnings, ...built.warnings], hash: corpusHash(corpus.sources, corpus.metadata) };
}

/** Eight hex characters that change whenever an article, its metadata or the pipeline changes. */
function corpusHash(sources: ArticleSource[], metadata: Record<string, ArticleMetaInput>): string {
  const hash = createHash('sha256').update(PIPELINE_VERSION);
  for (const s of sources) hash.update(`\0${s.id}\0${s.text}`);
  hash.update(JSON.stringify(metadata));
  return hash.digest('hex').slice(0, 8);
}

/** A warning as one line for a log or stderr. */
export function formatWarning(w: IngestWarning): string {
  return `warning: ${w.file}: ${w.message}`;
}
