import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News politics copy.

describe('a verb of showing or holding inside the words before a cue', () => {
  it('ends a clause: the cue\'s subject is the people after it, not the whole run ("The papers suggest senior officials")', () => {
    const text =
      'Deal close, papers say\n\n' +
      'The government is close to a deal with the unions over pensions.\n\n' +
      'The papers suggest senior officials believe the deal is "as good as done" after weeks of talks.\n';
    expect(speakerOf(text, 'as good as done')).toBe('senior officials');
  });
});
