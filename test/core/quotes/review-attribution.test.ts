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
