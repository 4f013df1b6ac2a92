import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News copy.

describe('a kind of body alone opening a headline ("Airline chaos")', () => {
  it('names no body that "the company" could point back to', () => {
    const text =
      'Airline chaos\n\n' +
      'Analysts said the chaos was likely to worsen the finances of the carrier. ' +
      '"We regret the inconvenience to all of our customers," the company said in a statement.\n';
    expect(speakerOf(text, 'We regret the inconvenience')).toBe('the company');
  });
});
