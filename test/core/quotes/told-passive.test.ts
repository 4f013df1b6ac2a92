import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News politics copy.

describe('words someone was told ("she was told: "…"")', () => {
  it('are not theirs when the sentence names no one who told them', () => {
    const text =
      'Women MPs speak of sexism\n\n' +
      'Women in the Commons still face sexist remarks, a survey has found.\n\n' +
      'Another current member of the Cabinet says she was told: "Oh, you have had a very fast rise, who have you been helped by?"\n';
    expect(speakerOf(text, 'Oh, you have had')).toBeNull();
  });

  it("are the teller's when the sentence names them", () => {
    const text =
      'Women MPs speak of sexism\n\n' +
      'Women in the Commons still face sexist remarks, a survey has found.\n\n' +
      'One minister says she was told by Tony Blair: "You have had a very fast rise and you deserve it."\n';
    expect(speakerOf(text, 'You have had')).toBe('Tony Blair');
  });
});
