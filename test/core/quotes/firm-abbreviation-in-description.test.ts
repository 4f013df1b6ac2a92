import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters copy.

describe('a firm abbreviated "Bros." in the description between the name and the cue', () => {
  it('does not end the speaker phrase at its full stop', () => {
    const text =
      'ALGERIA LNG IMPORTS SEEN DELAYED\n2-APR-1987 10:11:03.41\n\n' +
      '    "Contract negotiations and the time needed to restart terminals will delay the import until 1988," ' +
      'Richard Tulis, a natural gas analyst with Shearson Lehman Bros. said.\n';
    expect(speakerOf(text, 'Contract negotiations')).toBe('Richard Tulis');
  });
});
