import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of a BBC News politics story (bbc/politics/333) a readers' audit found given to the wrong MP.

describe("quotes: a description opening the quote's sentence as the subject of its verb", () => {
  it('stands for whom the sentence before is about, not for the speaker of the quote before', () => {
    const text =
      'Kilroy names election seat target\n\n' +
      'Labour\'s Elizabeth Blackman won the seat in 1997. She says she will fight on her record "as a hard-working constituency MP". ' +
      'Mr Kilroy-Silk announced his plans a day after launching his new party. ' +
      'The East Midlands MEP, who quit the UK Independence Party, wants his new group to "change the face" of UK politics.\n';
    expect(speakerOf(text, 'change the face')).toBe('Kilroy-Silk');
  });
});
