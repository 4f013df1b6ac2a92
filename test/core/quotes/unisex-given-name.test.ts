import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC Sport copy.

describe('a given name men and women alike bear', () => {
  it('lets "he" stand for its bearer though the lexicon files it as a woman\'s ("Kim Collins")', () => {
    const text =
      'Collins to run in Glasgow\n\n' +
      'World 100m champion Kim Collins will run the 60m at the indoor grand prix in Glasgow on 18 February.\n\n' +
      'The sprinter joins a field led by Sarah Jones, who won her first world indoor title last year. ' +
      'Collins ran in Glasgow at the 2003 indoor championships. "I am looking forward to racing against such a strong field," he said.\n';
    expect(speakerOf(text, 'I am looking forward')).toBe('Kim Collins');
  });
});
