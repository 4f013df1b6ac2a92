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

  it('is no alias when it is a nationality ("the French said"), a firm\'s name ("Film giant Disney said") or another\'s given name (made up)', () => {
    const hayes = castUnder('Designer opens Paris shop')(
      'Designer Bernard French Hayes opened a shop in Paris on Monday.',
      '"We will buy more of his coats," the French said.',
    );
    expect(hayes.find((p) => p.name === 'Bernard French Hayes')?.aliases).not.toContain('French');
    const lopez = castUnder('Theme park plan')(
      'Movie mogul Walter Disney Lopez visited Orlando on Monday.',
      'Film giant Disney said it would open a new park there.',
    );
    expect(lopez.find((p) => p.name === 'Walter Disney Lopez')?.aliases).not.toContain('Disney');
    const ruiz = castUnder('Peso falls')(
      'Economist Pablo Ortega Ruiz spoke at a conference on Monday.',
      'Ortega Smith, a trader in Mexico City, said prices rose. Ortega said the peso would fall further.',
    );
    expect(ruiz.find((p) => p.name === 'Pablo Ortega Ruiz')?.aliases).not.toContain('Ortega');
  });

  it('is no alias when the story writes it alone only as no person speaks ("the Rodriguez plan")', () => {
    const cast = castUnder('Trade plan')('Mario Rodriguez Montero presented a plan on Monday.', 'Delegates backed the Rodriguez plan.');
    expect(cast.find((p) => p.name === 'Mario Rodriguez Montero')?.aliases).not.toContain('Rodriguez');
  });

  it('is an alias when an adverb or "was" stands between it and the verb ("Hernandez quickly added", "Hernandez was speaking", made up)', () => {
    const castOf = castUnder('Venezuela seeks new loans');
    const opening = 'Venezuelan finance minister Arturo Hernandez Grisanti met bankers in New York on Monday.';
    for (const told of ['Hernandez quickly added that all interest had been paid.', 'Hernandez was speaking to reporters after the meeting.']) {
      expect(castOf(opening, told).find((p) => p.name === 'Arturo Hernandez Grisanti')?.aliases).toContain('Hernandez');
    }
    expect(castOf(opening, 'Hernandez later met them again.').find((p) => p.name === 'Arturo Hernandez Grisanti')?.aliases).not.toContain('Hernandez');
  });

  it('is an alias when a verb of speech comes before it ("…," said Hernandez.) or "who" after it (made up)', () => {
    const castOf = castUnder('Venezuela seeks new loans');
    const opening = 'Venezuelan finance minister Arturo Hernandez Grisanti met bankers in New York on Monday.';
    for (const told of [
      '"We expect to sign the accord by the end of June," said Hernandez.',
      'Hernandez, who took office in 1986, said the country had paid all interest due.',
    ]) {
      expect(castOf(opening, told).find((p) => p.name === 'Arturo Hernandez Grisanti')?.aliases).toContain('Hernandez');
    }
  });

  it('is an alias when it is a place\'s name only where the story writes it as a person\'s alone ("Lagos, who …") and never as the place (made up)', () => {
    const castOf = castUnder('Chile rules out tax rise');
    const opening = 'Chilean President Ricardo Lagos Escobar met union leaders in Santiago on Monday.';
    const aliasesWith = (...more: string[]) => castOf(opening, ...more).find((p) => p.name === 'Ricardo Lagos Escobar')?.aliases;
    expect(aliasesWith('Lagos, who took office in 2000, said taxes would not rise.')).toContain('Lagos');
    expect(aliasesWith('Lagos, who took office in 2000, said taxes would not rise.', 'He flies to Lagos next week for talks.')).not.toContain('Lagos');
    expect(aliasesWith('Lagos said taxes would not rise this year.')).not.toContain('Lagos');
  });
});

describe('two surnames with the second set in small letters, as wires often do ("Suarez davila said")', () => {
  it('is a mention of the person named in capitals (Reuters 19405)', () => {
    const castOf = castUnder('MEXICO DEFENDS BANK NATIONALISATION');
    const cast = castOf(
      'Deputy Finance Minister Francisco Suarez Davila said the nationalised banks have helped development.',
      'Suarez davila said that in the hands of the state the banks had been a success.',
    );
    expect(cast.find((p) => p.name === 'Francisco Suarez Davila')?.aliases).toContain('Suarez davila');
  });

  it('is no alias when the text never writes it so', () => {
    const cast = castUnder('MEXICO DEFENDS BANK NATIONALISATION')('Deputy Finance Minister Francisco Suarez Davila said the banks have helped development.');
    expect(cast.find((p) => p.name === 'Francisco Suarez Davila')?.aliases).not.toContain('Suarez davila');
  });
});

describe('a double surname written after a title ("Mrs Parker Bowles")', () => {
  it('leaves the person shown by her full name, though the story writes the title more often', () => {
    const castOf = castUnder('Royal wedding');
    const cast = castOf(
      'Prince Charles and Camilla Parker Bowles are to be married.',
      'Mrs Parker Bowles will take the title Duchess of Cornwall. Mrs Parker Bowles said she was "just coming down to earth".',
      'Mrs Parker Bowles is divorced.',
    );
    expect(cast.map((p) => p.name)).toContain('Camilla Parker Bowles');
    expect(cast.map((p) => p.name)).not.toContain('Parker Bowles');
  });
});
