import { describe, expect, it } from 'vitest';
import { rolesUnder } from '../../support/one-article-cast.js';

const rolesOf = rolesUnder('Sprinter banned for doping');

describe('a title won over the world, and how often, written before a name', () => {
  it('keeps "world" and "double" in the title, and "former" that opens the sentence', () => {
    expect(rolesOf('Kelli Whyte', 'Former double world champion Kelli Whyte was banned for two years.')).toEqual(['former double world champion']);
    expect(rolesOf('Kelli Whyte', 'The board met two-time world champion Kelli Whyte on Monday.')).toEqual(['two-time world champion']);
  });
});
