import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of a BBC News entertainment story (bbc/entertainment/360) a readers' audit found given to a guest.

describe('quotes: a role before a pronoun stands for someone already named', () => {
  it('not for one the article names only later whom the role fits ("The actress and singer" is Lopez, not "actress Anita Dobson")', () => {
    const text =
      'Lopez misses UK charity premiere\n\n' +
      'Jennifer Lopez cancelled an appearance at the UK charity premiere of her new movie saying she was too ill to fly. ' +
      'The actress and singer dropped out at the last minute and has now cancelled all European promotion of the film. ' +
      'She said: "I very much wanted to be in London but unfortunately I\'m not well."\n\n' +
      'Co-star Richard Gere attended, as did actress Anita Dobson.\n';
    expect(speakerOf(text, 'I very much wanted')).toBe('Jennifer Lopez');
  });
});

describe('quotes: a described subject that goes on "and said"', () => {
  it('is the cue\'s subject, not the name its first verb took as object ("A Labour party spokesman played down differences with Mr Wyatt and said")', () => {
    const text =
      'Labour MP attacks campaign\n\n' +
      'Derek Wyatt said the long campaign had "turned off voters". But Mr Blair had been "hurt" by the Iraq controversy, he added. ' +
      'A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown already had a prominent campaign role. ' +
      '"This election is a choice between Labour taking Britain forward and the Conservatives taking us back."\n';
    expect(speakerOf(text, 'This election is a choice')).toBe('a Labour party spokesman');
  });
});
