import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC Sport copy.

describe('a sentence adverb before the subject, with no comma after it', () => {
  const text = (opening: string) =>
    'Union keeps row private\n\n' +
    'The England coach was angry at the refereeing on Saturday.\n\n' +
    `${opening} the RFU said in a statement they would "set out any concerns the team management may have in a confidential manner".\n`;

  it.each(['Instead', 'Meanwhile', 'Separately', 'Later'])('is no part of the speaker ("%s the RFU said")', (opening) => {
    expect(speakerOf(text(opening), 'set out any concerns')).toBe('RFU');
  });
});
