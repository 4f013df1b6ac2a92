import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of a Reuters story (reuters/20828) a readers' audit found unattributed.

describe("quotes: a legislature's text speaks as a resolution does", () => {
  it('gives words after "The measure said" to the measure', () => {
    const text =
      'SENATE BACKS GULF ATTACK\n\n' +
      '    Senators voted 92-1 for a non-binding measure that endorsed the attack. ' +
      'The measure said the attack showed U.S. resolve that Iran "cannot take military action against the United States with impunity."\n';
    expect(speakerOf(text, 'cannot take military action')).toBe('the measure');
  });
});
