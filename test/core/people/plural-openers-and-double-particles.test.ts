import { describe, expect, it } from 'vitest';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';

// Made up in the shapes a readers' audit of the archives' casts found cut short or left out.

describe('people: a plural noun opening a sentence before names', () => {
  const names = namesUnder('Race report');

  it('is no part of the first name ("Compatriots Mulugeta Wondimu, …", "Teammates Joe Pike and …")', () => {
    const cast = [
      ...names('Compatriots Mulugeta Wondimu, Abiyote Abate and Markos Geneti finished behind him.'),
      ...names('Teammates Joe Pike and Richard Gale agreed.'),
    ];
    expect(cast).toContain('Mulugeta Wondimu');
    expect(cast).toContain('Joe Pike');
    expect(cast.some((n) => n.startsWith('Compatriots') || n.startsWith('Teammates'))).toBe(false);
  });

  it('is not read into a given name ending in "s" ("Theodoros", "Hanns")', () => {
    expect(names('Veteran midfielder Theodoros Zagorakis Pappas scored twice.')).not.toContain('Zagorakis Pappas');
  });
});

describe('people: two particles after a title', () => {
  it('go on into the surname ("chief executive Jeroen van der Veer")', () => {
    const cast = castUnder('Shell shake-up')('She spent the time as a special adviser to chief executive Jeroen van der Veer.');
    expect(cast.find((p) => p.name === 'Jeroen van der Veer')?.roles).toEqual(['chief executive']);
  });
});
