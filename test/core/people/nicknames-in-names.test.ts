import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('Grain markets mixed');

// Made up in the shapes of Reuters and BBC News copy that a readers' audit found missing from casts.

describe('people: a nickname in quote marks inside a name', () => {
  it('reads the name whole around it ("John "Bud" Frazier" is John Frazier, a grain analyst)', () => {
    const cast = castOf('"There is not much optimism for anybody," said John "Bud" Frazier, grain analyst with Dean Witter.');
    const frazier = cast.find((p) => p.name === 'John Frazier');
    expect(frazier?.roles).toContain('grain analyst with Dean Witter');
    expect(cast.map((p) => p.name)).not.toContain('John');
  });

  it('does so in single marks too ("Brian \'Head\' Welch")', () => {
    expect(castOf("Guitarist Brian 'Head' Welch has left the band Korn.").map((p) => p.name)).toContain('Brian Welch');
  });
});
