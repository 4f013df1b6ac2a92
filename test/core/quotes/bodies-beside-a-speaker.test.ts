import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of a Reuters story (reuters/3798) a readers' audit found given to a fund and to a country.

describe('quotes: bodies named beside the person who speaks', () => {
  it("a description after a name that ends on a body or a place is the name's apposition: the name is the cue's subject", () => {
    const text =
      'FOREIGN INVESTORS BUY U.S. OIL\n\n' +
      '    Tom Hodges, a land manager representing Oil Corp, a partnership of <Preussag Corp> and <Deilmann Inc> of West Germany, ' +
      'said: "The competition is stiff."\n';
    expect(speakerOf(text, 'The competition is stiff')).toBe('Tom Hodges');
  });

  it('a fund that "has said" something in the sentence before is no one a "he said" stands for', () => {
    const text =
      'FOREIGN INVESTORS BUY U.S. OIL\n\n' +
      '    Tom Hodges said the firm had earmarked 50 mln dlrs for oil reserves. ' +
      "PaineWebber's Geodyne Energy Income Fund, for example, has said it plans to spend up to 300 mln dlrs. " +
      '"The competition is stiff, not only from other foreign investors," he said.\n';
    expect(speakerOf(text, 'The competition is stiff')).toBe('Tom Hodges');
  });
});
