import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('World news');
const person = (name: string, ...paragraphs: string[]) => castOf(...paragraphs).find((p) => p.name === name);

describe('people: roles written before a name', () => {
  // BBC politics 205.
  it('keeps a day written before a title out of the role ("On Tuesday Foreign Secretary Jack Straw")', () => {
    const straw = person('Jack Straw', 'On Tuesday Foreign Secretary Jack Straw told the Commons that the US had agreed to release the four.');
    expect(straw?.roles).toEqual(['Foreign Secretary']);
  });
});
