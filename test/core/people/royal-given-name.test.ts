import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('SAUDI PRINCE MEETS BUSH');

// Made up in the shape of Reuters copy.

describe('people: a royal title before a given name alone', () => {
  it('is the one royal the story names in full by that given name ("Prince Abdullah" of "Crown Prince Abdullah bin Abdul Aziz")', () => {
    const cast = castOf(
      "Saudi Arabia's Crown Prince Abdullah bin Abdul Aziz met for an hour with Vice President George Bush on Monday.",
      'They said Prince Abdullah, who is deputy prime minister, was pleased.',
    );
    expect(cast.map((p) => p.name).sort()).toEqual(['Abdullah bin Abdul Aziz', 'George Bush']);
    expect(cast.find((p) => p.name === 'Abdullah bin Abdul Aziz')?.aliases).toContain('Abdullah');
  });

  it('stays a person of their own beside a commoner of that given name ("Prince Charles" and "Charles Clarke")', () => {
    const cast = castOf('Prince Charles met Home Secretary Charles Clarke on Monday.', 'Prince Charles was pleased.');
    expect(cast.map((p) => p.name).sort()).toEqual(['Charles', 'Charles Clarke']);
  });
});
