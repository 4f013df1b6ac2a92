import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters copy.

describe('a source a sentence credits with "according to" and no cue', () => {
  it('is whom a "they said" next stands for', () => {
    const text =
      'U.S. BOND MARKET SEEN LIFTING\n14-APR-1987 10:11:03.41\n\n' +
      '    The bond market has been quiet for weeks as investors waited for the trade figures.\n' +
      '    But according to the Merrill Lynch economists, there are signs the pall over the market is lifting. ' +
      '"Customer activity has been light, but all on the buy-side," they said in a weekly report.\n';
    expect(speakerOf(text, 'Customer activity has been light')).toBe('the Merrill Lynch economists');
  });
});
