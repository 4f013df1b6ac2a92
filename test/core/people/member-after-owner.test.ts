import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

const names = namesUnder('US TV cuts nude scenes');

// Made up in the shape of a BBC News entertainment story (bbc/entertainment/080) whose cast had only "Atlas".

describe("people: a name after a cue and a body's possessive", () => {
  it('is a member\'s, given name and all, though the lexicon knows neither word ("said PBS\' Jacoba Atlas")', () => {
    expect(names("It is not worth showing nude scenes when complaints are pursued, said PBS' Jacoba Atlas.")).toContain('Jacoba Atlas');
  });
});
