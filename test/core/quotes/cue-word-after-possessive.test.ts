import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters copy.

describe('a verb of speech after a possessive, as an adjective ("Nor-Quest\'s earlier reported bid")', () => {
  it("is no cue: the words are the subject's before it", () => {
    const text =
      'NORTHAIR OPPOSING NORQUEST BID\n13-APR-1987 16:48:31.63\n\n' +
      '    Northair Mines Ltd said it would oppose Nor-Quest Resources Inc\'s earlier reported takeover bid "with every means at its disposal."\n';
    expect(speakerOf(text, 'with every means')).toBe('Northair Mines Ltd');
  });

  it('leaves a possessive speaker\'s cue alone ("Smith\'s lawyer said")', () => {
    const text = 'Lawyer speaks\n\n' + 'Richard Smith\'s lawyer said the claims were "completely without foundation".\n';
    expect(speakerOf(text, 'completely without foundation')).toBe("Richard Smith's lawyer");
  });

  it('leaves a firm\'s cue alone though its name ends in a possessive ("Foster\'s said")', () => {
    const text =
      "Foster's bids for Southcorp\n\n" +
      'Foster\'s said a combination of the two companies would create a global player with an "unrivalled" collection of wine brands.\n';
    expect(speakerOf(text, 'unrivalled')).toBe("Foster's");
  });
});
