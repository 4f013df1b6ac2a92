/**
 * Finds the people a user means by a text: a name or alias typed in any case ("sessions", "the
 * attorney general"), or the people the text names. The look-ups are built once per story, when
 * it is prepared (an archive's cast has thousands of people).
 */
import type { Person } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';
import { buildCastLookup, type CastLookup } from './cast-lookup.js';

/** The cast's look-ups: by folded name or alias, in a text, and the single words of their names. */
export interface PeopleLookup {
  /** The cast by every name and alias they go by (folded, without a leading "the"), in cast order. */
  byName: Map<string, Person[]>;
  /** The cast's people named in a text. */
  cast: CastLookup;
  /** Single-word names of the cast (given names, surnames, capitalised), which may open a sentence. */
  nameWords: Set<string>;
}

/** The look-ups of a cast. */
export function buildPeopleLookup(people: Person[]): PeopleLookup {
  const byName = new Map<string, Person[]>();
  for (const p of people) {
    for (const key of new Set([p.name, ...p.aliases].map(nameKey))) byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const nameWords = new Set(people.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.split(' ')).filter((w) => /^\p{Lu}/u.test(w)));
  return { byName, cast: buildCastLookup(people), nameWords };
}

/** The people `text` means: by a whole name or alias (any case), else those it names. */
export function findPeople(lookup: PeopleLookup, text: string): Person[] {
  const byName = lookup.byName.get(nameKey(text));
  if (byName) return [...byName];
  return [...new Set(lookup.cast.find(text).map((f) => f.person))];
}

/** A name as looked up: folded, without a leading "the". */
function nameKey(name: string): string {
  return foldForComparison(name).replace(/^the /, '');
}
