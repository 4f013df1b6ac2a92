import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

const names = namesUnder('Terror plans criticised');

// Made up in the shape of a BBC News politics story (bbc/politics/384) whose cast had left out a quoted campaigner.

describe('people: a name set off before where its bearer comes from and a verb', () => {
  it('is a person\'s, whatever the lexicon knows of the given name ("Shami Chakrabarti, from human rights group Liberty, joined calls")', () => {
    expect(names('Shami Chakrabarti, from human rights group Liberty, joined calls for intercept evidence to be allowed.')).toContain('Shami Chakrabarti');
  });

  it('not a place\'s or a club\'s ("Manchester United, from the Premiership, signed him")', () => {
    expect(names('Manchester United, from the Premiership, signed him last year.')).toEqual([]);
  });
});
