import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

const names = namesUnder('Tobacco ruling');

// Made up in the shape of BBC News copy, which writes middle initials without their full stops.

describe('people: a middle initial without its full stop', () => {
  it('is part of the name though it is a word as well ("Charles A Blixt")', () => {
    expect(names('Charles A Blixt, executive vice-president of the firm, said the ruling "transforms" the lawsuit.')).toContain('Charles A Blixt');
  });

  it('is part of the name before a generation ("Walter M Phillips Jr")', () => {
    expect(names("Cosby's lawyer, Walter M Phillips Jr, said the case was closed.")).toContain('Walter M Phillips Jr');
  });

  it('is no name opening a sentence on its own ("A Blixt spokesman")', () => {
    expect(names('A Blixt spokesman said the ruling "transforms" the lawsuit.')).not.toContain('A Blixt');
  });
});
