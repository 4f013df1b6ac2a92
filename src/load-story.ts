/** Reads a corpus folder and builds its story: the one place the disk meets the core. */
import { readCorpus } from './corpus/read-corpus.js';
import { buildStory } from './core/build-story.js';
import { openWordnetThesaurus } from './thesaurus/wordnet-thesaurus.js';
import type { IngestWarning, Story } from './core/types.js';

/** Loads the story of the folder `dir`; warnings name the files that could not be read cleanly. */
export function loadStory(dir: string): { story: Story; warnings: IngestWarning[] } {
  const corpus = readCorpus(dir);
  const built = buildStory(corpus.sources, corpus.metadata, openWordnetThesaurus());
  return { story: built.story, warnings: [...corpus.warnings, ...built.warnings] };
}

/** A warning as one line for a log or stderr. */
export function formatWarning(w: IngestWarning): string {
  return `warning: ${w.file}: ${w.message}`;
}
