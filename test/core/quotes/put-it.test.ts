import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of a Reuters debt story (reuters/5851) a readers' audit found unattributed.

describe('quotes: "put it" as a verb of speech', () => {
  it('gives the quote after "As one banker put it," to the banker', () => {
    const text =
      'BANKS AGREE TO RESCHEDULE\n\n' +
      '    Accrued interest will be waived as long as the first tranche is met in full. ' +
      'As one banker put it, "Many banks took the view it was better to get some money back rather than none at all."\n';
    expect(speakerOf(text, 'Many banks took the view')).toBe('one banker');
  });

  it('is no verb of speech before an object ("put it to the vote")', () => {
    const text = 'VOTE DELAYED\n\n    The chairman put it to the vote, and "a clear majority" backed the plan.\n';
    expect(speakerOf(text, 'a clear majority')).toBeNull();
  });
});
