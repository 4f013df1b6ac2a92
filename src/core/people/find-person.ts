/**
 * Finds the people a user means by a text: a name or alias typed in any case ("sessions", "the
 * attorney general"), or the people the text names. The cast's look-up is built once per story.
 */
import type { Person, Story } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';
import { buildCastLookup, type CastLookup } from './cast-lookup.js';

const lookups = new WeakMap<Story, CastLookup>();

/** The people `text` means: by a whole name or alias (any case), else those it names. */
export function findPeople(story: Story, text: string): Person[] {
  const folded = foldForComparison(text).replace(/^the /, '');
  const byName = story.people.filter((p) => [p.name, ...p.aliases].some((a) => foldForComparison(a).replace(/^the /, '') === folded));
  if (byName.length > 0) return byName;
  let cast = lookups.get(story);
  if (!cast) {
    cast = buildCastLookup(story.people);
    lookups.set(story, cast);
  }
  return [...new Set(cast.find(text).map((f) => f.person))];
}
