import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the
// archives asked for.

describe('"the senior official" after two sources described by the same noun', () => {
  const text =
    'BANKS COOL ON DEBT TALKS\n\n    "We are not keen on the rescheduling," said a senior official at a leading ' +
    'Tokyo bank.\n    "The debtor has neglected us," said another Tokyo bank official.\n    Talks open on Monday. ' +
    '"Otherwise, our response will be negative," the senior official said.\n';

  it('is the source whom the same words described, not the nearer one who lacks them', () => {
    // Reuters 306.
    expect(speakerOf(text, 'Otherwise')).toBe('a senior official at a leading Tokyo bank');
  });

  it('leaves "the official" to the nearer source', () => {
    expect(speakerOf(text.replace('the senior official said', 'the official said'), 'Otherwise')).toBe('another Tokyo bank official');
  });
});
