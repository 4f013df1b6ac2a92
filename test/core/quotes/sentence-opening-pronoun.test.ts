import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News sport copy.

describe('a "he" that opens its sentence', () => {
  it('stands for no one named after it in that sentence: the one named there is its object', () => {
    const text =
      'Walsh keen to stay at Rovers\n\n' +
      'Richard Walsh is ready to sign a new deal with Rovers after turning his career around.\n\n' +
      'He was once threatened with the sack by Rovers boss Frank Doyle but has since responded with strong displays. ' +
      'Early talks have taken place and the defender said: "I want to stay here for a long time."\n';
    expect(speakerOf(text, 'I want to stay here')).toBe('Richard Walsh');
  });
});
