import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/build-story.js';
import { buildCastLookup } from '../../../src/core/people/cast-lookup.js';
import { extractQuotes } from '../../../src/core/quotes/extract-quotes.js';
import type { Person } from '../../../src/core/types.js';
import { FIXTURES } from '../../fixtures/read-fixture.js';

const PATTERNS = join(FIXTURES, '..', 'quotes', 'patterns');

/** The quotes of a fixture article attributed against a given cast (none: every name is unknown to it). */
function quotesWithCast(name: string, people: Person[] = []) {
  const { story } = buildStory([{ id: name, text: readFileSync(join(PATTERNS, `${name}.txt`), 'utf8') }]);
  return extractQuotes(story.byArticle.get(name)!, buildCastLookup(people)).map((q) => [q.text, q.attribution?.speaker ?? null]);
}

describe('extractQuotes: speakers the cast does not know', () => {
  const quotes = quotesWithCast('unknown-names');

  it.each([
    ['a surname after "said" widens to the full name given earlier', 'I believe the panel will protect the standing of the sport,', 'Yannis Koratakis'],
    ['an organisation known by its initials', 'There will be a final right of appeal to the sports court,', 'ITRF'],
    ['a title with a full stop and an apposition between the name and the cue', 'I am confident we will see action taken,', 'Mark Ellery'],
    ['"U.S." inside an unnamed source', 'Do not expect the ban to be lifted,', 'a senior U.S. rowing official'],
    ['two bodies speaking together', 'Given the complex nature of the case, more time was to be expected.', 'Norvik and Castell'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('does not take a word mentioned as the subject of a reported clause for a quote', () => {
    expect(quotes.map((q) => q[0])).not.toContain('rowlock');
  });
});
