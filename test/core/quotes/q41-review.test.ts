import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('a participle clause after a conjunction, before the pronoun with no comma ("But standing next to Mr Blair he added")', () => {
  const text =
    'Leaders meet\n\n' +
    'Speaking in London on Monday, Gen Ayub Khan said the militants were "on the run". ' +
    'But standing next to Mr Blair he added that it was crucial to tackle the "core of what creates terrorists".\n\n' +
    'Mr Blair said the two leaders had talked about trade.\n';

  it('holds whom the speaker stands by, not the speaker: the "he" goes on with the one who spoke before', () => {
    expect(speakerOf(text, 'core of what creates terrorists')).toBe('Ayub Khan');
  });

  it('and after a comma too ("But asked whether Bob Dean would stay, he said")', () => {
    const asked = 'Talks\n\nTom Hardy backed the plan on Monday. But asked whether Bob Dean would stay, he said: "That is for the board."\n';
    expect(speakerOf(asked, 'That is for the board')).toBe('Tom Hardy');
  });
});
