import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News politics copy.

describe('a participle after a cue set off with its pronoun ("…, he claimed, saying …")', () => {
  const text =
    'Howard attacks Blair record\n\n' +
    'Tory leader Michael Howard has used his New Year message to attack Prime Minister Tony Blair.\n\n' +
    'Mr Blair has failed to tackle crime and waste, he claimed, saying he has the "wrong solution" to them. ' +
    '"The result is big government and higher taxes."\n';

  it('goes on from that pronoun, not from the one it speaks of', () => {
    expect(speakerOf(text, 'wrong solution')).toBe('Michael Howard');
  });

  it('leaves the quote after it with the speaker', () => {
    expect(speakerOf(text, 'The result is big government')).toBe('Michael Howard');
  });
});
