/** The cast of a one-article story built from paragraphs, for people tests on real sentences. */
import { buildStory } from '../../src/core/story/build-story.js';
import type { Person } from '../../src/core/types.js';

/** A `castOf(...paragraphs)` for articles under `headline` (a headline that names no one). */
export function castUnder(headline: string): (...paragraphs: string[]) => Person[] {
  return (...paragraphs) => buildStory([{ id: 'a1', text: `${headline}\n\n${paragraphs.join('\n\n')}\n` }]).story.people;
}

/** The names of that cast. */
export function namesUnder(headline: string): (...paragraphs: string[]) => string[] {
  const castOf = castUnder(headline);
  return (...paragraphs) => castOf(...paragraphs).map((p) => p.name);
}
