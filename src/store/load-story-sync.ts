/** Loads a story on this thread, without waiting on anything: for tests, the evaluation and scripts. */
import { buildStory } from '../core/build-story.js';
import { defaultCacheDir, openStory, type LoadedStory } from './load-story.js';

/** As `loadStoryOnAllCores`, but synchronous, and a story that must be built is built on this thread. */
export function loadStory(dir: string, cacheDir: string = defaultCacheDir()): LoadedStory & { fromSnapshot: boolean } {
  const opened = openStory(dir, cacheDir);
  return opened.readCached() ?? opened.save(buildStory(opened.corpus().sources, opened.corpus().metadata, opened.thesaurus));
}
