import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters copy and of BBC News copy.

describe('an "it said" after a sentence that opens on a body by its noun', () => {
  it('is that body\'s ("The ministry cited a survey …")', () => {
    const text =
      'JAPAN IMPORTS SEEN RISING\n14-APR-1987 10:11:03.41\n\n' +
      '    Japanese consumer attitudes towards imports are changing.\n' +
      '    The ministry cited a survey showing that price was now the main factor in buying imports.\n' +
      '    "The smooth adjustment of the economic structure is under way," it said.\n';
    expect(speakerOf(text, 'The smooth adjustment')).toBe('the ministry');
  });

  it('is a writing\'s though a clause says when it was published ("The guidance published on Tuesday, said")', () => {
    const text =
      'Householders to get clearer law\n\n' +
      'Householders who tackle intruders will be given new guidance.\n\n' +
      'The guidance published on Tuesday, said the police had a duty to investigate every death. ' +
      'Cases involving householders would be dealt with "as swiftly and as sympathetically as possible", it said.\n';
    expect(speakerOf(text, 'as swiftly and as sympathetically')).toBe('the guidance');
  });
});
