import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/quotes/find-quote-spans.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) and Reuters (1987) articles, cut down to what each rule reads.

describe('a quote opened with a single mark and closed with a straight double one ends there', () => {
  const text =
    'Row brewing over ads\n\nThe BPI is equally quick to condemn established brands. \'Networks like eDonkey facilitate illegal filesharing," it said in a statement. ' +
    '"Illegal file-sharers steal millions of pounds worth of music," it said. But the issue is more complicated, said Mark Mulligan, a music analyst. ' +
    '"This has been a problem for a long time," he told the BBC News website.\n';

  it('reads the quote up to its closing mark, and the quotes after it as their own', () => {
    const para = text.split('\n\n')[1]!;
    expect(findQuoteSpans(para).map((s) => s.text)).toEqual([
      'Networks like eDonkey facilitate illegal filesharing,',
      'Illegal file-sharers steal millions of pounds worth of music,',
      'This has been a problem for a long time,',
    ]);
  });

  it('gives the quote after the mismatched one to its own speaker', () => {
    expect(speakerOf(text, 'This has been a problem')).toBe('Mark Mulligan');
  });

  it('still nests a double-quoted phrase inside a single-quoted quote', () => {
    expect(findQuoteSpans('He wrote: \'They call it "the bubble", and it is.\' Then he left.').map((s) => s.text)).toEqual([
      'They call it "the bubble", and it is.',
    ]);
  });
});

describe('an acronym after "The" that a sentence opens on is the body an "it said" after it means', () => {
  it('gives "…," it said in a statement to the BPI of the sentence before', () => {
    const text =
      'Row brewing over ads\n\nThe BPI is equally quick to condemn brands becoming bedfellows with such networks. ' +
      '"Illegal file-sharers steal millions of pounds worth of music through these services," it said in a statement.\n';
    expect(speakerOf(text, 'Illegal file-sharers')).toBe('BPI');
  });

  it('does not make a body of a capitalised word after "The" that is no acronym', () => {
    const text = 'Row\n\nThe Arsenal boss walks away from the press. "We play football," it said.\n';
    expect(speakerOf(text, 'We play football')).not.toBe('Arsenal');
  });
});

describe('a name written with initials run together is a name, and a role of titles’ words is none', () => {
  const head =
    'U.S. ENERGY INDUSTRY SAID IN BETTER HEALTH\n18-MAR-1987 14:26:22.35 [crude,nat-gas]\n\nThe U.S. oil and gas industry is in\nbetter health than it was a year ago.\n';

  it('gives "…," said J.S. Simon, General Manager of the Supply Department at Exxon to Simon, not to "General Manager"', () => {
    const text = `${head}     "In the U.S., 1986 petroleum production responded to lower\nprices," said J.S. Simon, General Manager of the Supply\nDepartment at Exxon Corp, the nation's largest oil\ncompany.\n`;
    expect(speakerOf(text, 'In the U.S.')).toBe('J.S. Simon');
  });

  it('gives "…," said W.A. Kistler of Hutton to Kistler', () => {
    const text = `${head}     "Prices have bottomed out," said W.A. Kistler of Hutton.\n`;
    expect(speakerOf(text, 'Prices have bottomed')).toBe('W.A. Kistler');
  });

  it('does not read the letters of a place before a body as a person ("…," said U.S. Steel)', () => {
    const text = `${head}     "Prices have bottomed out," said U.S. Steel.\n`;
    expect(speakerOf(text, 'Prices have bottomed')).not.toBe('U.S. Steel');
  });
});

describe('a nickname in brackets inside a name leaves the name whole', () => {
  const head =
    'U.S. ENERGY INDUSTRY SAID IN BETTER HEALTH\n18-MAR-1987 14:26:22.35 [crude,nat-gas]\n\nThe Commission heard testimony from a number of executives.\n';

  it('gives "…," Commissioner James E. (Jim) Nugent told Reuters to James E. Nugent', () => {
    const text = `${head}     "The attitude expressed here today so far is a great deal\nmore optimistic (than last year)," Commissioner James E. (Jim)\nNugent told Reuters.\n`;
    expect(speakerOf(text, 'The attitude expressed')).toBe('James E. Nugent');
  });
});
