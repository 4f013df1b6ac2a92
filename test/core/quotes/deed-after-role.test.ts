import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News copy.

describe('words set in a deed of someone the sentence opens on by role and name', () => {
  it('are theirs ("Chief executive Jim Skinner attributed the rise to the "vitality of our menu"")', () => {
    const text =
      'Burger chain sales rise\n\n' +
      'The burger chain has reported higher sales for January.\n\n' +
      'Chief executive Jim Skinner attributed the 8% rise to the "vitality of our menu", among other things. ' +
      'Mr Skinner is due to speak to investors next week.\n';
    expect(speakerOf(text, 'vitality of our menu')).toBe('Jim Skinner');
  });

  it('are theirs after a perfect ("Lib Dem chairman Matthew Taylor has written … accusing Labour of a "…"")', () => {
    const text =
      'Labour faces cold calls inquiry\n\n' +
      'Labour is being investigated by a watchdog over its election campaign.\n\n' +
      'Lib Dem chairman Matthew Taylor has written to the watchdog accusing Labour of a "flagrant and systematic breach" of the rules. ' +
      'Mr Taylor wants the calls stopped.\n';
    expect(speakerOf(text, 'flagrant and systematic breach')).toBe('Matthew Taylor');
  });
});
