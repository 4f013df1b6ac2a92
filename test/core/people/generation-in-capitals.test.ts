import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made up in the shape of Reuters copy a readers' audit of the archives' casts found cut short.

describe('people: a generation in capitals', () => {
  it('is part of the name ("Chairman Richard A. Pike III")', () => {
    const names = namesUnder('BOARD CHANGE');
    expect(names('The company said directors elected Chairman Richard A. Pike III to the additional post of president.')).toContain('Richard A. Pike III');
  });
});
