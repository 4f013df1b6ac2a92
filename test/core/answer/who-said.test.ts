import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { findQuotes, whoSaid } from '../../../src/core/answer/quotes.js';
import { FIXTURES, wire } from '../../fixtures/read-fixture.js';

const DIR = join(FIXTURES, '..', 'quotes', 'who-said');
const { story } = buildStory(['harbour-a', 'harbour-b'].map((id) => ({ id, text: readFileSync(join(DIR, `${id}.txt`), 'utf8') })));
const first = (text: string) => whoSaid(story, text).matches[0];

describe('whoSaid: finds the quote whose wording the user pasted', () => {
  it.each([
    ["an editor's words in brackets before the quote", '[Mayor Ellen Park has] done a fine job. Does it make up for the delays?', 'She has done a fine job'],
    ['a name and "said" pasted before the quote', 'Reed said everything about this plan is weak and rushed', 'Everything about this plan is weak'],
    [
      'a quote that spans hard-wrapped wire lines',
      'The ferry operators have been waiting for this money for\n    three years and they will not wait much longer',
      'The ferry operators',
    ],
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

describe('whoSaid: words that are no quote are told for what they are', () => {
  it('a phrase too short to be matched by its share is still found word for word, never "not in these articles" (Reuters 1606)', () => {
    const { story: comdata } = buildStory([wire('1606')]);
    for (const phrase of ['maximize shareholder values', 'active talks with other parties']) {
      const result = whoSaid(comdata, phrase);
      expect(result.ownWords?.[0]?.text).toMatch(/^Comdata Network Inc said it is in active talks .* maximize shareholder values\.$/);
      expect(result.ownWords?.[0]?.citations).toHaveLength(1);
    }
    expect(whoSaid(comdata, 'minimize shareholder values').ownWords).toEqual([]);
    // /quote finds no quote, and says whose words they are rather than "not in these articles".
    expect(findQuotes(comdata, 'maximize shareholder values').hint).toMatch(
      /^No one is quoted saying that: it is the article’s own words, in “Comdata Network Inc said/,
    );
    expect(findQuotes(comdata, 'minimize shareholder values').hint).toMatch(/^Not in this article\./);
  });

  const withOutlet = buildStory(
    ['harbour-a', 'harbour-b'].map((id) => ({ id, text: readFileSync(join(DIR, `${id}.txt`), 'utf8') })),
    { 'harbour-a': { outlet: 'The Harbour Gazette' } },
  ).story;

  it('an article sentence with no quote is that article’s own words, cited with its sentence', () => {
    const result = whoSaid(withOutlet, 'The mayor’s plan to rebuild the harbour has divided the council.');
    expect(result.matches).toEqual([]);
    expect(result.ownWords).toEqual([
      {
        text: "The mayor's plan to rebuild the harbour has divided the council.",
        citations: [
          expect.objectContaining({
            article: 'harbour-a',
            sentence: 2,
            outlet: 'The Harbour Gazette',
            excerpt: "The mayor's plan to rebuild the harbour has divided the council.",
          }),
        ],
      },
    ]);
    expect(result.hint).toBeUndefined();
  });

  it('part of a sentence, cut off as a long excerpt is ("…"), still finds the sentence', () => {
    expect(whoSaid(withOutlet, 'The council is split over the harbour…').ownWords?.[0]?.citations[0]).toMatchObject({ article: 'harbour-b', sentence: 2 });
  });

  it('a passage of narration and a quote gives the quote’s speaker and the article’s own sentence', () => {
    const result = whoSaid(withOutlet, 'Councillor Tom Reed called the plan weak. "Everything about this plan is weak and rushed," Reed said.');
    expect(result.matches.map((m) => m.speaker)).toEqual(['Tom Reed']);
    expect(result.ownWords?.map((o) => o.text)).toEqual(['Councillor Tom Reed called the plan weak.']);
  });

  it('a quote pasted with its cue is the speaker’s, not the article’s own words too', () => {
    // A reader's paste from a BBC report (Blair, January 2005), names changed; the longer wording of article b
    // is the one shown, so the paste is read part by part.
    const { story: two } = buildStory([
      {
        id: 'a',
        text: 'Pier report dismissed\n\nHarbour master Ellen Park has dismissed reports she promised to quit. "You don\'t do deals over jobs like this," the harbour master told the Gazette\'s Sunday programme.\n',
      },
      {
        id: 'b',
        text: "Unity pledged\n\nEllen Park told councillors: \"I've dealt with this six months ago. I said then you don't do deals over jobs like this - you don't.\"\n",
      },
    ]);
    const result = whoSaid(two, '“You don’t do deals over jobs like this,” the harbour master told');
    expect(result.matches.map((m) => m.speaker)).toEqual(['Ellen Park']);
    expect(result.ownWords).toEqual([]);
  });

  it('words in quote marks that nobody is quoted saying are found as the article’s own', () => {
    const result = whoSaid(withOutlet, 'Did they really write "the council is split over the harbour plan"?');
    expect(result.matches).toEqual([]);
    expect(result.ownWords?.[0]?.citations[0]).toMatchObject({ article: 'harbour-b', sentence: 2 });
  });

  it('a word or two the article puts in quote marks, too short to be a quote, is found in its sentence', () => {
    const marked = buildStory([
      { id: 'ferry', text: 'Ferry bid criticised\n\nTo many on the coast the bid for the ferry line looked like "empire-building" by its board.\n' },
    ]).story;
    expect(whoSaid(marked, 'empire-building').ownWords?.map((o) => o.text)).toEqual([
      'To many on the coast the bid for the ferry line looked like "empire-building" by its board.',
    ]);
    expect(whoSaid(marked, 'ferry line').ownWords).toEqual([]);
  });

  it('a short common phrase does not claim every sentence that holds it', () => {
    expect(whoSaid(withOutlet, 'the harbour plan').ownWords).toEqual([]);
  });

  it('words in no article are nothing found, with the closest quotes as a hint', () => {
    const result = whoSaid(withOutlet, 'The cricket season opens with a win for the visitors');
    expect(result).toMatchObject({ matches: [], ownWords: [] });
    expect(result.hint).toMatch(/^Not in these 2 articles\./);
  });

  it('a quote found whole has no own words beside it', () => {
    expect(whoSaid(withOutlet, 'Everything about this plan is weak and rushed').ownWords).toEqual([]);
  });
});
