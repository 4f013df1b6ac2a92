import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters copy.

describe('a writing that speaks', () => {
  it('is the speaker though a clause says when it was given out ("the Ministry statement issued on Monday said")', () => {
    const text =
      'BRAZIL KEEPS DEBT MORATORIUM\n24-MAR-1987 10:11:03.41\n\n' +
      '    Brazil will keep its moratorium on interest payments to commercial banks.\n' +
      '    The Ministry statement issued on Monday said this would only be lifted "when an accord is reached."\n';
    expect(speakerOf(text, 'when an accord is reached.')).toBe('the Ministry statement');
  });

  it('is its issuer when the clause says by whom ("said a document issued by the PMDB")', () => {
    const text =
      'BRAZIL PARTY BACKS GOVERNMENT\n24-MAR-1987 10:11:03.41\n\n' +
      '    The ruling party backed the decision to suspend interest payments.\n' +
      '    "The road to dignity has no return," said a document issued by the PMDB.\n';
    expect(speakerOf(text, 'The road to dignity')).toBe('PMDB');
  });

  it('speaks as a declaration or an announcement', () => {
    const text =
      'PERU AND MEXICO SIGN DECLARATION\n24-MAR-1987 10:11:03.41\n\n' +
      '    The two presidents signed a joint declaration on debt.\n' +
      '    "We affirm the sovereignty of our economic decisions," the declaration said.\n';
    expect(speakerOf(text, 'We affirm the sovereignty')).toBe('the declaration');
  });
});
