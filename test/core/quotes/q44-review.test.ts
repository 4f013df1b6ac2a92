import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('someone at a branch or office of a firm, in a long phrase closing the sentence', () => {
  // Reuters 10697.
  const opening = 'BANKS EYE FRANKFURT\n\nJapanese banks plan to expand in Frankfurt, bankers said.\n';

  it('is the speaker described with the branch and the firm', () => {
    const text = `${opening}"I don't think they have firm plans yet," a banker at the West German commercial branch of Acme Bank Ltd in Duesseldorf said.\n`;
    expect(speakerOf(text, "I don't think")).toBe('a banker at the West German commercial branch of Acme Bank');
  });
});

describe('someone described as the subject of a clause that a participle cue goes on from', () => {
  // Reuters 21277.
  const opening = 'DOLLAR FALLS\n\n"The market has been told that all bets are off," Chris Johns, currency analyst at UBS in London, said. ';

  it('is the speaker though the description holds a body\'s name with "of" and the verb is an irregular past ("took")', () => {
    const text = `${opening}But a Bank of Japan official took a much more sanguine view, telling Reuters that "the market is reacting too much."\n`;
    expect(speakerOf(text, 'the market is reacting')).toBe('a Bank of Japan official');
  });
});

describe('a name something was known by ("known then as the "…"")', () => {
  // BBC politics 289.
  it("is no one's words, though the sentence's subject spoke before", () => {
    const text =
      'Kinnock takes his seat\n\n"I am proud to be here," Neil Kinnock said. ' +
      'Born in 1942, he attended Lewis School in nearby Pengam, known then as the "Eton of the valleys".\n';
    expect(speakerOf(text, 'Eton of the valleys')).toBeUndefined();
  });
});

describe('initials in brackets inside a firm\'s name ("Mansion House Securities (F.E.) Ltd")', () => {
  // Reuters 1919.
  it('end no sentence, so the source after the quote is read whole', () => {
    const text =
      'HONGKONG BANK PROFITS RISE\n\nHongkong Bank profits rose 20 pct, the bank said. ' +
      '"They benefited from the pickup in loan demand," an analyst at Mansion House Securities (F.E.) Ltd said.\n';
    expect(speakerOf(text, 'They benefited')).toBe('an analyst at Mansion House Securities (F.E.) Ltd');
  });
});

describe('a guess or an account as the cue right after the quote', () => {
  const opening = 'PIEDMONT BID\n\nShares of Piedmont rose on Monday, traders said. ';

  it('"speculated" hands the quote to whoever it names', () => {
    const text = `${opening}"The next move is a tender offer," speculated one arbitrager.\n`;
    expect(speakerOf(text, 'The next move')).toBe('one arbitrager');
  });

  it('"detailed" does so right after the quote ("…," Dub detailed), not the analyst named before', () => {
    const text = `${opening}Anthony Dub of First Boston spoke to investors. Analyst Bo Ray said rates would rise. "Investors receive interest only payments at first," Dub detailed.\n`;
    expect(speakerOf(text, 'Investors receive')).toBe('Anthony Dub');
  });
});
