import { describe, expect, it } from 'vitest';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences in the shape of Reuters wires (1987), which write many Americans with a first initial before the name they
// go by ("T. Boone Pickens", "C. Fred Bergsten").
const names = namesUnder('Oil and markets');

describe('people: a first initial before the name someone goes by', () => {
  it('finds the person though the lexicon knows neither of the names after it ("T. Boone Pickens")', () => {
    expect(names('Earlier this year, T. Boone Pickens offered 15 dlrs a share for the refiner.')).toContain('T. Boone Pickens');
  });

  it('keeps the initial with a name found by its given name ("C. Fred Bergsten")', () => {
    const found = names('Former Treasury official C. Fred Bergsten said a new exchange rate system is needed.');
    expect(found).toContain('C. Fred Bergsten');
    expect(found).not.toContain('Fred Bergsten');
  });

  it('reads no firm named after its founder, nor a middle initial, as such a name', () => {
    const found = names('T. Rowe Price Associates said it held 6.2 pct.', 'The letter was signed by George A. Vonder Linden.');
    expect(found.filter((n) => /^\p{Lu}\. /u.test(n))).toEqual([]);
  });

  it("gives the quote after such a person's reported words to them", () => {
    const text =
      'ECONOMISTS SEE NO 1929 REPEAT\n\n    And millionaire oilman and takeover specialist T. Boone Pickens said the present safeguards should avoid any 1929 situation.\n' +
      '    "It is a much more sophisticated system, I don\'t see that a comparison is valid."\n';
    expect(speakerOf(text, 'It is a much more')).toBe('T. Boone Pickens');
  });
});

describe('people: initials run together before a surname, set off by a role ("C.W. Nance, president of Tenneco")', () => {
  it('finds the person, and a surname that is also a word ("L.N. Short")', () => {
    const found = names(
      '"We expect gradually increasing prices," C.W. Nance, president of Tenneco Oil Exploration and Production, said.',
      'L.N. Short, president of the company, said it sold the unit because of slumping profits.',
    );
    expect(found).toEqual(expect.arrayContaining(['C.W. Nance', 'L.N. Short']));
  });

  it("reads no country's or state's initials as a name's ('the U.S. Treasury, a department,')", () => {
    expect(
      names(
        'The U.S. Treasury, the department that sells bonds, said it would auction notes.',
        'N.Y. Telephone, a unit of Nynex, said so.',
        'The U.S. Officials, who asked not to be identified, said so.',
      ),
    ).toEqual([]);
  });
});

describe('people: initials, a surname and a generation whose full stop comes before the comma ("L.C. Duncan Jr., vice president")', () => {
  it('keeps the initials and the generation in the name, and reads the role after them (Reuters 15982)', () => {
    const cast = castUnder('Oil and markets')('The move was made, according to L.C. Duncan Jr., vice president of corporate communications.');
    expect(cast.map((p) => [p.name, p.roles])).toEqual([['L.C. Duncan Jr', ['vice president of corporate communications']]]);
  });
});
