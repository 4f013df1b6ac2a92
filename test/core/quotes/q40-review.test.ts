import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('"say" as a noun ("will have the final say", "want more say")', () => {
  it('makes no speaker of its subject: the "he" after it is whom the sentence is about (BBC sport 121)', () => {
    const text =
      "Parry puts Gerrard 'above money'\n\n" +
      'Listen to the interview on Five Live.\n\n' +
      'But Parry, speaking exclusively to BBC Sport, also admits Steven Gerrard, who has been linked with Chelsea, will have the final say on his future. ' +
      'He told BBC Five Live: "Steven is above money. He is the future of Liverpool."\n';
    expect(speakerOf(text, 'Steven is above money')).toBe('Parry');
  });

  it('after a word of how much is no cue either ("fans who want more say in how the club is run")', () => {
    const text =
      'Club row\n\n' +
      'Manager Tom Hardy backed the board. Supporter Ann Lee and fans who want more say in how the club is run met on Monday. ' +
      'He told the BBC: "The board has my full support."\n';
    expect(speakerOf(text, 'The board has')).toBe('Tom Hardy');
  });
});
