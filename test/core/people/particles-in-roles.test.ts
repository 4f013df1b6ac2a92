import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('Tokyo shares fall');

// Made up in the shape of Reuters market copy (reuters/20029, 12447, 5808) whose roles had lost a firm's first words.

describe("people: a role that holds a firm's name with a particle in it", () => {
  it('keeps the firm whole ("Barclays de Zoete Wedd economist Peter Morgan")', () => {
    const cast = castOf('"You just need a huge imbalance," said Barclays de Zoete Wedd economist Peter Morgan.');
    expect(cast.find((p) => p.name === 'Peter Morgan')?.roles).toEqual(['Barclays de Zoete Wedd economist']);
  });
});
