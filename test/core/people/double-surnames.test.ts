import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Reuters 19377 (1987); the other texts are made up.

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

  it('is no alias when it is a given name ("Jessica" of Sarah Jessica Parker)', () => {
    const cast = castUnder('Film star visits')('Sarah Jessica Parker opened the show.', 'Jessica said she loved the city.');
    expect(cast.find((p) => p.name === 'Sarah Jessica Parker')?.aliases).not.toContain('Jessica');
  });

  it('is no alias when the story writes it alone as a place or a firm, and "Washington said" is not the scientist\'s', () => {
    const carver =
      'Museum honours scientist\n\nA new exhibit on George Washington Carver opened in Tuskegee on Monday, curators said.\n\n' +
      'Washington has pledged $2m to the museum, and Alabama will match it.\n\n"We will fund more exhibits next year," Washington said in a statement.\n';
    expect(speakerOf(carver, 'We will fund more')).not.toBe('George Washington Carver');
    const sirleaf =
      'Liberia seeks debt relief\n\nPresident Ellen Johnson Sirleaf asked donors for help on Tuesday.\n\n' +
      'Johnson & Johnson, the drug maker, said it would give medicine to clinics.\n\n"We are glad to help," Johnson said in a statement.\n';
    expect(speakerOf(sirleaf, 'We are glad to help')).not.toBe('Ellen Johnson Sirleaf');
  });

  it('is no alias when the story writes it alone only as no person speaks ("the Rodriguez plan")', () => {
    const cast = castUnder('Trade plan')('Mario Rodriguez Montero presented a plan on Monday.', 'Delegates backed the Rodriguez plan.');
    expect(cast.find((p) => p.name === 'Mario Rodriguez Montero')?.aliases).not.toContain('Rodriguez');
  });
});
