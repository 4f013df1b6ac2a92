import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of BBC copy, built to show a rule a readers' audit of the archives asked for.

const namesOf = namesUnder('Stars sign up for the show');

describe('a list of names, two of them found', () => {
  it('brings in a name whose surname is a describing word after a given name or "Will" ("Will Young")', () => {
    // BBC entertainment 346, 109.
    expect(namesOf('Stars include Robbie Williams, Will Young and Bob Geldof.')).toEqual(
      expect.arrayContaining(['Robbie Williams', 'Will Young', 'Bob Geldof']),
    );
  });

  it('brings in a name with a particle inside ("Graeme Le Saux")', () => {
    // BBC sport.
    expect(namesOf('Southampton signed Jamie Redknapp, Graeme Le Saux, Nigel Quashie and David Prutton.')).toContain('Graeme Le Saux');
  });

  it('leaves a describing word and a noun, or places ("Great Britain", "Le Mans")', () => {
    expect(namesOf('Robbie Williams, Bob Geldof and Great Britain were there.')).not.toContain('Great Britain');
    expect(namesOf('Robbie Williams and Bob Geldof have played Le Mans, Paris and Lyon.')).not.toContain('Le Mans');
  });
});
