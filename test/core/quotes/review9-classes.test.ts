import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';
import { findQuoteSpans } from '../../../src/core/quotes/find-quote-spans.js';
import { buildStory } from '../../../src/core/story/build-story.js';

describe('findQuoteSpans: a doubled opening mark', () => {
  it('reads ""…" as one quote, not an empty one and a stray closing mark', () => {
    expect(findQuoteSpans('The suit says Acme will pay an ""unfair and grossly low" price for Bolt.').map((s) => s.text)).toEqual(['unfair and grossly low']);
  });
});

describe('extractQuotes: an outlet before a person in the cue', () => {
  it('gives "CNN chief political editor Jane Rowe said: …" to Jane Rowe, not to CNN', () => {
    const text = 'BILL IN TROUBLE\n\nThe bill faces a vote on Monday.\n\nCNN chief political editor Jane Rowe said: "This bill is in deep trouble."\n';
    expect(speakerOf(text, 'This bill is')).toBe('Jane Rowe');
  });
});

describe("extractQuotes: a body's statement", () => {
  it('gives "Acme\'s statement to the stock exchange said: …" to Acme, not to the last speaker', () => {
    const text =
      'BID FOR ACME\n\n"We will wait and see," said Rogers.\n\n' +
      'Brown owns a stake in the firm, and Acme\'s statement to the stock exchange said: "The board has noted the recent speculation. "A further announcement will be made in due course."\n';
    expect(speakerOf(text, 'The board has noted')).toBe('Acme');
    expect(speakerOf(text, 'A further announcement')).toBe('Acme');
  });
});

describe('extractQuotes: a club speaks', () => {
  it('gives "…," the club said in its statement, and what runs on from it, to the club, and "the statement said" back to it', () => {
    const text =
      'OFFER REJECTED\n\nThe bid was expected.\n\n"Any board must consider a real offer," the club said in its statement. ' +
      'It should come at a price "the board could accept" and on fair terms. "The plan remains too risky," the statement said.\n';
    expect(speakerOf(text, 'Any board must')).toBe('the club');
    expect(speakerOf(text, 'the board could accept')).toBe('the club');
    expect(speakerOf(text, 'The plan remains')).toBe('the club');
  });
});

describe('extractQuotes: labels', () => {
  const kindOf = (text: string, start: string) => {
    const { story } = buildStory([{ id: 'labels', text }]);
    return story.quotes.find((q) => q.text.startsWith(start));
  };

  it('names a body whose quote stands after the sentence it spoke in ("Bolt said …. "…"")', () => {
    const q = kindOf(
      'BOLT BID\n\nBolt said on Wednesday that Acme had turned down its offer. "We will come back with a better offer soon," the note ran.\n',
      'We will come back',
    );
    expect([q?.speaker, q?.speakerKind]).toEqual(['Bolt', 'named']);
  });

  it('gives "the letter from Bolt said" to Bolt', () => {
    const q = kindOf('BOLT BID\n\nAcme turned down the offer. "We intend to submit a modified offer," the letter from Bolt said.\n', 'We intend');
    expect([q?.speaker, q?.speakerKind]).toEqual(['Bolt', 'named']);
  });

  it('names a peer by title and name ("Lord Fennick"), as the article does', () => {
    const q = kindOf(
      'LORDS RULING\n\nLord Fennick of Ashby, in his ruling, said: "Detention without trial is anathema to the law."\n\nThe ruling was welcomed.\n',
      'Detention without',
    );
    expect(q?.speaker).toBe('Lord Fennick');
  });
});
