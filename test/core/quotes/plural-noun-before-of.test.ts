import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News business copy.

describe('a cue word in -s before "of", after a small word', () => {
  it('is a plural noun, no cue ("Rover told BBC News that reports of job cuts were "speculation"")', () => {
    const text =
      "Rover deal 'may cost 2,000 jobs'\n\n" +
      'Some 2,000 jobs may be cut if the deal goes ahead, the Financial Times has reported. ' +
      'But Rover told BBC News that reports of job cuts were "speculation".\n';
    expect(speakerOf(text, 'speculation')).toBe('Rover');
  });
});
