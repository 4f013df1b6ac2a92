import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News copy.

describe('an adverb of how long or how often between the auxiliary and the cue', () => {
  const text = (verb: string) =>
    'Trial hears of gun residue\n\n' +
    'Robert Blake is on trial for the murder of his wife. ' +
    'But Mr Richard Dowell also said the residue would have been present if Mr Blake fired a gun that night. ' +
    `Witnesses ${verb} the trial Mr Blake "stood out as being quite nervous and agitated" at the restaurant.\n`;

  it.each(['have already told', 'have always told', 'have since told'])('leaves the subject the speaker ("Witnesses %s")', (verb) => {
    expect(speakerOf(text(verb), 'stood out as being')).toBe('witnesses');
  });
});
