import { describe, expect, it } from 'vitest';
import { attributedQuotes } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the
// archives asked for.

describe('a drug\'s number written after an apostrophe ("known as \'771")', () => {
  it('opens no quote', () => {
    // BBC business 115.
    const text =
      'Drugs firm profits fall\n\nThe chief executive said 2005 would be better. However, the firm dropped an obesity ' +
      "treatment, known as '771, after poor trial results. The firm is relying on new treatments for growth.\n";
    expect(attributedQuotes('a1', text)).toEqual([]);
  });

  it("leaves a year cut short after a colon to open a quote ('50 years …')", () => {
    const text = "Veteran honoured\n\nThe mayor said: '50 years of service is a fine record.'\n";
    expect(attributedQuotes('a1', text).map(([q]) => q)).toEqual(['50 years of service is a fine record.']);
  });

  it("leaves a whole year to open a quote ('2004 top TV moment')", () => {
    // BBC entertainment 189.
    const text = "Holmes wins '2004 top TV moment'\n\nSprinter Kelly Holmes won the vote of viewers.\n";
    expect(attributedQuotes('a1', text).map(([q]) => q)).toEqual(['2004 top TV moment']);
  });
});
