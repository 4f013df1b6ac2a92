import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News sport copy.

describe('a quote standing alone after a sentence that opens on someone', () => {
  const text =
    'Pierce wins opener\n\n' +
    'Mary Pierce beat Vera Zvonareva in Los Angeles on Tuesday.\n\n' +
    'Pierce spent five weeks at number one before injury let Lindsay Davenport back in front. ' +
    '"Since then, I feel very confident on court and my game is there."\n';

  it('is theirs though another is named in a clause of time the sentence goes on to', () => {
    expect(speakerOf(text, 'Since then, I feel')).toBe('Mary Pierce');
  });

  it("is no one's when another is named in the main clause", () => {
    const other = text.replace('before injury let Lindsay Davenport back in front', 'and Lindsay Davenport took it back');
    expect(speakerOf(other, 'Since then, I feel')).toBeNull();
  });
});
