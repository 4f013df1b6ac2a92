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

/** A `personOf(name, ...paragraphs)` for articles under `headline`: that cast's person of that name, if any. */
export function personUnder(headline: string): (name: string, ...paragraphs: string[]) => Person | undefined {
  const castOf = castUnder(headline);
  return (name, ...paragraphs) => castOf(...paragraphs).find((p) => p.name === name);
}

/** A `rolesOf(name, ...paragraphs)` for articles under `headline`: the roles of that cast's person of that name ([] if none). */
export function rolesUnder(headline: string): (name: string, ...paragraphs: string[]) => string[] {
  const personOf = personUnder(headline);
  return (name, ...paragraphs) => personOf(name, ...paragraphs)?.roles ?? [];
}
