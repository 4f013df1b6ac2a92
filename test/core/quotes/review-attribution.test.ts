import { describe, expect, it } from 'vitest';
import { attributedQuotes } from '../../support/attributed-quotes.js';

/** [quote, speaker] of one article given as its headline and body. */
const quotesOf = (headline: string, body: string) => attributedQuotes('review', `${headline}\n\n${body}\n`);

describe('extractQuotes: a name and its description with no comma before the cue', () => {
  it('gives the quote to the name, not to the description (BBC business 171 and 279, 2005)', () => {
    const quotes = quotesOf(
      'Deutsche Boerse boosts dividend',
      '"There is a whiff of a sweetener in there," Anais Faraj, an analyst at Nomura told the BBC\'s World Business Report. ' +
        "Local government officials in Frankfurt's state of Hessen have also spoken out against the move. " +
        '"It is our wish that the headquarters stay here to maintain Frankfurt\'s standing," Alois Rhiel, its minister for economic affairs added.',
    );
    expect(quotes).toContainEqual(['There is a whiff of a sweetener in there,', 'Anais Faraj']);
    expect(quotes).toContainEqual(["It is our wish that the headquarters stay here to maintain Frankfurt's standing,", 'Alois Rhiel']);
  });
});

describe('extractQuotes: "it said" after a body whose name reads like a person\'s', () => {
  it('gives the quote to Deutsche Boerse, which spoke last, not to TCI before it (BBC business 454, 2005)', () => {
    const quotes = quotesOf(
      "LSE doubts boost bidders' shares",
      'The Deutsche Boerse was prepared to pay for the LSE "exceeds the potential benefits of this acquisition", said TCI. ' +
        "Deutsche Boerse said TCI's opposition would not change its bid approach. " +
        '"Deutsche Boerse is convinced that its contemplated cash acquisition of the London Stock Exchange is in the best interests of its shareholders and the company," it said.',
    );
    expect(quotes.at(-1)).toEqual([
      'Deutsche Boerse is convinced that its contemplated cash acquisition of the London Stock Exchange is in the best interests of its shareholders and the company,',
      'Deutsche Boerse',
    ]);
  });
});
