import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of BBC sport copy, built to show a rule a readers' audit of the archives asked for.

const namesOf = namesUnder('Wales coach elated with win');

describe('a compound whose later parts are in small letters before a name ("Man-of-the-match Stephen Jones")', () => {
  it('describes the person and is no part of the name', () => {
    // BBC sport 292.
    expect(namesOf('Man-of-the-match Stephen Jones, who kicked three penalties, was ecstatic after the win.')).toEqual(['Stephen Jones']);
    expect(namesOf('Award-winning Ken Loach said the film would open in May.')).toEqual(['Ken Loach']);
  });

  it('leaves a double-barrelled name whole ("Robert Kilroy-Silk")', () => {
    expect(namesOf('Former host Robert Kilroy-Silk said the party would stand.')).toEqual(['Robert Kilroy-Silk']);
  });
});
