import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

describe('a name that opens on a gerund', () => {
  it('is a title, not a person, in a list of films beside their stars', () => {
    const names = namesUnder('Films tipped for awards')(
      'Other films tipped for success include Tidewater, starring Jude Law, Finding Moorland, with Kate Winslet as a painter, and Kinsey.',
    );
    expect(names).not.toContain('Finding Moorland');
    expect(names).toEqual(expect.arrayContaining(['Jude Law', 'Kate Winslet']));
  });

  it('is a heading in a table of public finances', () => {
    expect(namesUnder('Public finances')('Public Sector Borrowing Recquirement figures, the Exchequer said, fell to 1.2 billion pounds.')).toEqual([]);
  });
});
