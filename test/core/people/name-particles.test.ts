import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';
import { findNameMentions } from '../../../src/core/people/find-name-mentions.js';

// Sentences in the shape of BBC sport, business and politics copy: particles inside names, and a name read in full.
const names = namesUnder('Cross country');

describe('people: "El" inside a family name ("Hicham El Guerrouj"), as "De" is in "Robert De Niro"', () => {
  it('finds the person, though the lexicon knows "El" only as a determiner', () => {
    expect(names('Double Olympic champion Hicham El Guerrouj is set to make a rare appearance at the championships.')).toContain('Hicham El Guerrouj');
  });

  it('reads no weather event or newspaper opening on "El" as a person', () => {
    expect(names('If El Nino returns this winter, prices will rise.', 'The El Universal newspaper said the talks failed.')).toEqual([]);
  });
});

describe('people: a name after a title with a particle in small letters ("striker Ruud van Nistelrooy")', () => {
  it('runs on through the particle, though the lexicon knows neither name', () => {
    expect(names('Manchester United striker Ruud van Nistelrooy may make his comeback on Saturday.')).toContain('Ruud van Nistelrooy');
  });

  it('never ends on the particle where the name is longer than four words ("President Luiz Inacio Lula da Silva")', () => {
    const found = names('The reform was approved by the leadership of President Luiz Inacio Lula da Silva.');
    expect(found.filter((n) => / da$/.test(n))).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('people: a name found in full leaves no shorter one at its start', () => {
  it('reads "Mrs Camilla Parker Bowles" in a quote as one person, not also "Camilla Parker"', () => {
    const sentence = 'The Archbishop said: "I am pleased that Prince Charles and Mrs Camilla Parker Bowles have decided to marry."';
    const found = findNameMentions(sentence).map((m) => m.name);
    expect(found).toContain('Camilla Parker Bowles');
    expect(found).not.toContain('Camilla Parker');
  });
});
