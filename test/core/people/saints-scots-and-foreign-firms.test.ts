import { describe, expect, it } from 'vitest';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

const castOf = castUnder('Banking news');
const namesOf = namesUnder('Banking news');

describe('a surname that opens on "St." ("Fernand St. Germain")', () => {
  it('is the whole name after a role, not one cut at the full stop', () => {
    // Reuters 9055 and 18102 (1987).
    expect(namesOf('Volcker told committee chairman Fernand St. Germain a bill was needed.')).toContain('Fernand St. Germain');
  });

  it('is the whole name where a speaker is named ("said Jill St. John")', () => {
    expect(namesOf('"It was fun," said Jill St. John in Los Angeles.')).toContain('Jill St. John');
  });

  it('is found again as "St. Germain", who speaks', () => {
    const text =
      'ST. GERMAIN REGRETS VOLCKER STEPPING DOWN\n\nHouse Banking Committee chairman Fernand St. Germain said he regretted the decision.\n' +
      '    "Paul Volcker has been an island of strength," St. Germain said in a statement.\n';
    expect(speakerOf(text, 'Paul Volcker has')).toBe('Fernand St. Germain');
    expect(
      castOf('Committee chairman Fernand St. Germain spoke.', 'St. Germain said it was wrong.').find((p) => p.name === 'Fernand St. Germain')?.aliases,
    ).toContain('St. Germain');
  });
});

describe('a noun for one of a people before a name ("Scot Kathy Butler")', () => {
  it('is no part of the name', () => {
    // BBC sport 024 and 075.
    const names = namesOf('Paula Radcliffe leads the field, as does in-form Scot Kathy Butler.');
    expect(names).toContain('Kathy Butler');
    expect(names).not.toContain('Scot Kathy Butler');
  });
});

describe("a firm's own words in the languages of Europe", () => {
  it('make no person of a bank or a group ("Banca Commerciale Italiana", "Gruppo Ferruzzi")', () => {
    // Reuters 6991 and 2195.
    const names = namesOf(
      'The issue is priced at 100-1/2 pct, lead manager Banca Commerciale Italiana said.',
      "Italy's Gruppo Ferruzzi is studying a project, chairman Raul Gardini said.",
    );
    expect(names).not.toContain('Banca Commerciale Italiana');
    expect(names).not.toContain('Gruppo Ferruzzi');
    expect(names).toContain('Raul Gardini');
  });
});
