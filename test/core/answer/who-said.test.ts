import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/build-story.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';
import { FIXTURES } from '../../fixtures/read-fixture.js';

const DIR = join(FIXTURES, '..', 'quotes', 'who-said');
const { story } = buildStory(['harbour-a', 'harbour-b'].map((id) => ({ id, text: readFileSync(join(DIR, `${id}.txt`), 'utf8') })));
const first = (text: string) => whoSaid(story, text).matches[0];

describe('whoSaid: finds the quote whose wording the user pasted', () => {
  it.each([
    ['an editor\'s words in brackets before the quote', '[Mayor Ellen Park has] done a fine job. Does it make up for the delays?', 'She has done a fine job'],
    ['a name and "said" pasted before the quote', 'Reed said everything about this plan is weak and rushed', 'Everything about this plan is weak'],
    ['a quote that spans hard-wrapped wire lines', 'The ferry operators have been waiting for this money for\n    three years and they will not wait much longer', 'The ferry operators'],
    ['a quote of one word, before the longer quote that holds it', 'Weak', 'Weak,'],
  ])('%s', (_name, text, opening) => {
    expect(first(text)?.quote.startsWith(opening)).toBe(true);
  });

  it('finds words pasted across the cue that splits a quote, first part first', () => {
    const { matches } = whoSaid(story, 'We will rebuild the pier before the summer, and the ferries will be back by June');
    expect(matches.map((m) => m.quote)).toEqual(['We will rebuild the pier before the summer,', 'and the ferries will be back by June.']);
    expect(matches[0]?.speaker).toBe('Ellen Park');
  });

  it('gives an unnamed source as the article whose wording was pasted describes them', () => {
    expect(first('[Park has] done a fine job. Does it make up for the delays?')?.speaker).toBe('one council aide');
    expect(first('She has done a fine job. Does it make up for the delays?')?.speaker).toBe('one city hall official');
  });
});
