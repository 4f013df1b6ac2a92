import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters copy.

describe('"said one" after a sentence that opens on a plural of people', () => {
  it('is one of them, by any noun the lexicon knows for people ("Workers on the picket line were determined")', () => {
    const text =
      'STRIKE ENTERS THIRD WEEK\n\n' +
      '    Workers on the picket line were determined to win a better contract.\n' +
      '    "We will stay out here as long as it takes," said one.\n';
    expect(speakerOf(text, 'We will stay out here')).toBe('one worker');
  });

  it('is no one when the plural is not the subject ("MITI\'s pressure has annoyed some makers")', () => {
    const text =
      'CHIP MAKERS CUT OUTPUT\n\n' +
      "    MITI's pressure has annoyed some makers, who had earlier shrugged off its guidance.\n" +
      '    "It is getting to be like a planned economy," said one.\n';
    expect(speakerOf(text, 'It is getting to be')).toBeNull();
  });
});
