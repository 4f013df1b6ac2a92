import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of a BBC News feature.

describe('"remarks" closing a quote\'s clause', () => {
  it('is a cue in the present, as a feature writes it ("…," he remarks)', () => {
    const text =
      'Long lives in Japan\n\n' +
      'On the outskirts of Kyoto, 83-year-old Richard Shimizu plays golf with his younger friends. ' +
      '"I think this is because the food and the environment have improved," he remarks.\n';
    expect(speakerOf(text, 'I think this is because')).toBe('Richard Shimizu');
  });

  it('is the noun after someone\'s words, whose speaker is read as before ("of Baker\'s weekend remarks,")', () => {
    const text =
      'DOLLAR FALLS\n20-APR-1987 10:11:03.41\n\n' +
      '    Baker cut short a trip to Scandinavia.\n' +
      '    Said one U.S. analyst of Baker\'s weekend remarks, "His timing could not have been worse."\n';
    expect(speakerOf(text, 'His timing')).toBe("one U.S. analyst of Baker's weekend remarks");
  });
});
