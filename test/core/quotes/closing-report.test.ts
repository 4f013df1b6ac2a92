import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News politics copy and of Reuters copy.

describe('a "he" or "she" whose cue closes the sentence ("…, he claimed.")', () => {
  it('is not someone the reported words name: the speaker speaks of them', () => {
    const text =
      'Milburn sets out campaign\n\n' +
      'Alan Milburn told reporters the party was ready.\n\n' +
      'And Tony Blair would be in the very front line of that campaign, he said. ' +
      '"Between now and the election the prime minister will be out of London," he promised.\n';
    expect(speakerOf(text, 'Between now and the election')).toBe('Alan Milburn');
  });

  it('is whom the article has speaking, though a minister is named in what she reports', () => {
    const text =
      'ARMACOST TO VISIT TOKYO\n\n' +
      '    State Department spokeswoman Phyllis Oakley said talks of this kind are held each year.\n' +
      '    The discussions with Deputy Foreign Minister Ryohei Murata will focus on aid programs, she added. ' +
      '"The talks are not directly related to trade relations," she insisted.\n';
    expect(speakerOf(text, 'The talks are not')).toBe('Phyllis Oakley');
  });
});
