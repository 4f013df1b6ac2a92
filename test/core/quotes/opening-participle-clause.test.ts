import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

describe('a sentence that opens on a participle clause naming someone, then its subject', () => {
  it('hands the "he said" after it to the subject, not to the one the clause names', () => {
    const text = [
      'SHULTZ PRAISES MANILA',
      '',
      'Secretary of State George Shultx arrived in Manila on Monday.',
      '',
      'Speaking at a luncheon after an hour-long meeting with Prime Minister John Majer, Shultx delivered a powerful endorsement of the government.',
      '',
      '"There is a golden future out there for the Filipino people to gain," he said.',
      '',
    ].join('\n');
    expect(speakerOf(text, 'There is a golden future')).toBe('George Shultx');
  });
});
