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
  /** Single-word names of the cast (given names, surnames, capitalised, from names and aliases but not descriptions), which may open a sentence. */
  nameWords: Set<string>;
}

/** People read between two yields. */
const PEOPLE_BATCH = 1_000;

/** The look-ups of a cast, worked out in steps of a few milliseconds (a bot loading a story keeps answering between them). */
export function* buildPeopleLookupSteps(people: Person[]): Generator<void, PeopleLookup> {
  const byName = new Map<string, Person[]>();
  const nameWords = new Set<string>();
  for (const [i, p] of people.entries()) {
    const names = [p.name, ...p.aliases];
    for (const key of new Set(names.map(nameKey))) byName.set(key, [...(byName.get(key) ?? []), p]);
    // Not the words of a description ("the US judge", "the Balco boss"): "US" names nobody.
    const named = [p.name, ...p.aliases.filter((a) => !/^\p{Ll}/u.test(a))];
    for (const word of named.flatMap((n) => n.split(' '))) if (/^\p{Lu}/u.test(word)) nameWords.add(word);
    if (i % PEOPLE_BATCH === PEOPLE_BATCH - 1) yield;
  }
  yield;
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
