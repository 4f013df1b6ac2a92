import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of a Reuters ratings story (reuters/8495) a readers' audit found unattributed.

describe('quotes: "cited" gives a reason in the giver\'s words', () => {
  it('so a quote standing alone after "The agency cited …" is the agency\'s', () => {
    const text =
      "MOODY'S MAY CUT ECOLAB\n\n" +
      "    Moody's Investors Service Inc said it may downgrade the ratings of Ecolab Inc's debt. " +
      "The agency cited Ecolab's definitive agreement to acquire ChemLawn for 370 mln dlrs. " +
      '"The acquisition should be financed initially with bank debt."\n';
    expect(speakerOf(text, 'The acquisition should be financed')).toBe('the agency');
  });

  it('not as a passive ("were cited in the change")', () => {
    const text =
      'DUFF AND PHELPS LOWERS RATINGS\n\n' +
      '    Duff and Phelps lowered the ratings. "A sharp deterioration in asset quality," and weaker earnings were cited in the change.\n';
    expect(speakerOf(text, 'A sharp deterioration')).toBeNull();
  });
});
