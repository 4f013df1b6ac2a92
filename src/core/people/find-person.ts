/**
 * Finds the people a user means by a text: a name or alias typed in any case ("sessions", "the
 * attorney general"), or the people the text names. The cast's look-up is built once per story.
 */
import type { Person, Story } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';
import { buildCastLookup, type CastLookup } from './cast-lookup.js';

const lookups = new WeakMap<Story, CastLookup>();
const names = new WeakMap<Story, Map<string, Person[]>>();

/** The people `text` means: by a whole name or alias (any case), else those it names. */
export function findPeople(story: Story, text: string): Person[] {
  const byName = peopleByName(story).get(nameKey(text));
  if (byName) return [...byName];
  let cast = lookups.get(story);
  if (!cast) {
    cast = buildCastLookup(story.people);
    lookups.set(story, cast);
  }
  return [...new Set(cast.find(text).map((f) => f.person))];
}

/** A name as looked up: folded, without a leading "the". */
function nameKey(name: string): string {
  return foldForComparison(name).replace(/^the /, '');
}

/** The cast by every name and alias they go by, in cast order: folded once per story, not per look-up (an archive's cast has thousands). */
function peopleByName(story: Story): Map<string, Person[]> {
  let found = names.get(story);
  if (!found) {
    found = new Map();
    for (const p of story.people) {
      for (const key of new Set([p.name, ...p.aliases].map(nameKey))) found.set(key, [...(found.get(key) ?? []), p]);
    }
    names.set(story, found);
  }
  return found;
}
