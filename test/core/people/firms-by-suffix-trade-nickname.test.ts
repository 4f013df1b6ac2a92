import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

const names = namesUnder('Deals in brief');

// Made up in the shapes a readers' audit of the archives' casts found listed as people.

describe('people: firms named like people', () => {
  it('lists no firm by its Italian suffix ("Alfa Romeo SpA")', () => {
    expect(names('Fiat bought Alfa Romeo SpA last year, Joe Pike said.')).not.toContain('Alfa Romeo SpA');
  });

  it('lists no dairy named after its founder ("Ryan Milk")', () => {
    expect(names('Dean has bought firms from Ryan Milk to the Larsen Co, Joe Pike said.')).not.toContain('Ryan Milk');
  });

  it('lists no mortgage agency by its nickname ("Freddie Mac") and no broker by its partners ("Drexel Burnham Lambert")', () => {
    const cast = names('Freddie Mac sold the notes through Drexel Burnham Lambert Inc, analyst Joe Pike said.');
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Freddie Mac');
    expect(cast).not.toContain('Burnham Lambert');
  });
});
