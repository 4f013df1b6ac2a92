import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made up in the shapes a readers' audit of the archives' casts found listed as people.

describe('people: a character in a work', () => {
  it('is no one of the story ("Cage\'s character Ben Gates", "characters like Stanley Kowalski and Terry Malloy")', () => {
    const cast = namesUnder('Stars at the box office')(
      "National Treasure sees Cage's character Ben Gates chase a hidden fortune, director Joe Pike said.",
      'Marlon Brando created characters like Stanley Kowalski and Terry Malloy.',
    );
    expect(cast).toContain('Joe Pike');
    expect(cast).toContain('Marlon Brando');
    for (const part of ['Ben Gates', 'Stanley Kowalski', 'Terry Malloy']) expect(cast).not.toContain(part);
  });
});

describe('people: the last of a list of names, before a job and a name', () => {
  it('is the work or employer of the job, no person ("Jude Law and Troy star Eric Bana")', () => {
    const cast = namesUnder('Bond hopefuls')('Colin Farrell, Jude Law and Troy star Eric Bana have also been tipped for the role.');
    expect(cast).toEqual(expect.arrayContaining(['Colin Farrell', 'Jude Law', 'Eric Bana']));
    expect(cast).not.toContain('Troy');
  });
});
