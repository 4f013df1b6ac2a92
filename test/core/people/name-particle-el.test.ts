import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Sentences in the shape of BBC sport and entertainment copy.
const names = namesUnder('Cross country');

describe('people: "El" inside a family name ("Hicham El Guerrouj"), as "De" is in "Robert De Niro"', () => {
  it('finds the person, though the lexicon knows "El" only as a determiner', () => {
    expect(names('Double Olympic champion Hicham El Guerrouj is set to make a rare appearance at the championships.')).toContain('Hicham El Guerrouj');
  });

  it('reads no weather event or newspaper opening on "El" as a person', () => {
    expect(names('If El Nino returns this winter, prices will rise.', 'The El Universal newspaper said the talks failed.')).toEqual([]);
  });
});
