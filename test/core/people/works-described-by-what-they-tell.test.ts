import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// BBC entertainment book-prize reports (2004-05): a title set off by what kind of work it is.
const namesOf = namesUnder('Book prize shortlist named');

describe('a title set off by its kind and what it tells ("Fergus Crane, a story about a boy")', () => {
  it('is a work, no person, though named like one', () => {
    // BBC entertainment 014.
    const names = namesOf('Judges voted Fergus Crane, a story about a boy who is rescued by a flying box, the winner. It was written by Paul Stewart.');
    expect(names).toContain('Paul Stewart');
    expect(names).not.toContain('Fergus Crane');
  });

  it('is a work when two names make the title ("Jonathan Strange and Mr Norrell, a novel about …")', () => {
    // BBC entertainment 015.
    const names = namesOf("The shortlist included Susanna Clarke's Jonathan Strange and Mr Norrell, a novel about the magic arts.");
    expect(names).toContain('Susanna Clarke');
    expect(names).not.toContain('Jonathan Strange');
  });

  it('leaves a person whose description only opens on a kind of work ("Ann Lee, a film director")', () => {
    expect(namesOf('The prize went to Ann Lee, a film director from Leeds.')).toContain('Ann Lee');
  });
});
