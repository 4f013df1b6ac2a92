import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/store/load-story.js';
import { findQuotes, quoteSpeakers, quotesBy, whoSaid } from '../../src/core/answer/quotes.js';
import { SEEDS } from '../fixtures/read-fixture.js';

const { story } = await loadStory(SEEDS);

describe('who-said over the seed story', () => {
  it('finds who said a one-word quote, in every article that carries it', () => {
    const [top] = whoSaid(story, 'Weak').matches;
    expect(top).toMatchObject({ quote: 'Weak,', speaker: 'Donald Trump', speakerKind: 'named' });
    expect(top!.citations.map((c) => c.article).sort()).toEqual(['000_d67e8aa9cbd33413', '001_221f380b25dc4388', '003_30c204a04a7fc10f']);
  });

  it('forgives a typo and missing quote marks, and keeps an unnamed source unnamed', () => {
    const [top] = whoSaid(story, 'does it wash away the sin of recusl').matches;
    expect(top!.speakerKind).toBe('anonymous');
    expect(top!.speaker).toMatch(/White House official/);
    expect(top!.citations).toHaveLength(3);
  });

  it('finds a pasted quote with its attribution still attached', () => {
    expect(whoSaid(story, '"This is the Trump era," he declared').matches[0]).toMatchObject({ speaker: 'Jeff Sessions', speakerKind: 'pronoun' });
  });

  it('says plainly when the words are not in the articles, with the closest quotes as a hint', () => {
    const result = whoSaid(story, 'We will build a wall on the moon');
    expect(result.matches).toEqual([]);
    expect(result.hint).toMatch(/^Not in these 5 articles\./);
  });
});

describe('quote and quotes over the seed story', () => {
  it('looks quotes up by a few words', () => {
    expect(findQuotes(story, 'serving right now').matches[0]!.quote).toMatch(/serving right now/);
  });

  it.each(['Jeff Sessions', 'Sessions', 'the attorney general', 'sessions'])('finds every quote of Jeff Sessions by "%s"', (name) => {
    const result = quotesBy(story, name);
    expect(result.speaker).toBe('Jeff Sessions');
    expect(result.quotes.length).toBeGreaterThanOrEqual(6);
    for (const q of result.quotes) expect(q.speaker).toBe('Jeff Sessions');
  });

  it('finds an unnamed source by its description', () => {
    expect(quotesBy(story, 'aides').quotes.map((q) => q.speaker)).toEqual(['aides', 'aides']);
  });

  it('answers an unknown speaker with the list of speakers', () => {
    const result = quotesBy(story, 'Kate McKinnon');
    expect(result.quotes).toEqual([]);
    expect(result.hint).toMatch(/Speakers: Jeff Sessions, Donald Trump/);
  });

  it('lists the speakers for autocomplete, most quoted first', () => {
    expect(
      quoteSpeakers(story)
        .slice(0, 2)
        .map((s) => s.speaker),
    ).toEqual(['Jeff Sessions', 'Donald Trump']);
  });
});
