import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News copy.

describe('a pronoun right before the cue', () => {
  it('is its subject, though the clause before names an outlet ("Asked whether he thought the BBC should have … he said:")', () => {
    const text =
      'Host defends musical\n\n' +
      'Talk show host Richard Gale said he understood why people had complained. ' +
      'Asked whether he thought the BBC should have screened the musical he said: "If you don\'t like what\'s on television, use the remote control."\n\n' +
      '"My show is about dysfunctional people."\n';
    expect(speakerOf(text, "If you don't like")).toBe('Richard Gale');
    expect(speakerOf(text, 'My show is about')).toBe('Richard Gale');
  });
});
