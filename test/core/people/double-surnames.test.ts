import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Reuters 19377 (1987); the two names of the last test are made up.

describe('the first of two surnames, which Spanish names go by alone', () => {
  const text =
    'LATIN NATIONS OPPOSE U.S. TRADE BILL\n\n' +
    'Mario Rodriguez Montero, president of an Organization of American States special committee on trade, said he was aware of the large U.S. trade deficit.\n\n' +
    'Rodriguez made the comment at a news conference.\n\n' +
    'Rodriguez said "the region needs trade to continue development."\n';

  it('is an alias of the person, whose quote "Rodriguez said" brings in', () => {
    const castOf = castUnder('LATIN NATIONS OPPOSE U.S. TRADE BILL');
    const cast = castOf(...text.split('\n\n').slice(1));
    expect(cast.find((p) => p.name === 'Mario Rodriguez Montero')?.aliases).toContain('Rodriguez');
    expect(speakerOf(text, 'the region needs trade')).toBe('Mario Rodriguez Montero');
  });

  it("is no alias when the story never writes it alone, nor when it is another person's surname", () => {
    const castOf = castUnder('Royal wedding');
    const cast = castOf(
      'Camilla Parker Bowles will marry in April, and Anne Lopez Mills was there.',
      'Tom Lopez said it was a fine day. Lopez is a friend of the couple.',
    );
    expect(cast.find((p) => p.name === 'Camilla Parker Bowles')?.aliases).not.toContain('Parker');
    expect(cast.find((p) => p.name === 'Anne Lopez Mills')?.aliases).not.toContain('Lopez');
  });
});
