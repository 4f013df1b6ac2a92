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
