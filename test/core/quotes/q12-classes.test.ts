import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from Reuters (1987) and BBC News (2004-05) articles, cut down to what each rule reads.

describe('readUnknownName: a sentence\'s opening "The" before a body\'s one-word name is the article, as "the" is', () => {
  it('gives The Tories called it a "vote now, pay later" Budget to the Tories, not to nobody', () => {
    const text =
      'Brown targets OAPs and homebuyers\n\n' +
      "Gordon Brown has doubled the level at which house buyers pay stamp duty to £120,000 as he put the economy at the heart of Labour's election campaign.\n\n" +
      'Mr Brown put 1p a pint on beer, 4p on a bottle of wine and 7p on 20 cigarettes but froze petrol duty until September. The Tories called it a "vote now, pay later" Budget. The Lib Dems branded it a "sticking plaster" for the election.\n';
    expect(speakerOf(text, 'vote now, pay later')).toBe('Tories');
    expect(speakerOf(text, 'sticking plaster')).toBe('Lib Dems');
  });

  it('leaves The MP, who is consulting his lawyers, told … to whom it describes: a title names no one', () => {
    const text =
      'Tories reject rethink on axed MP\n\n' +
      "Sacked MP Howard Flight's local Conservative association has insisted he will not be its candidate at the general election.\n\n" +
      'Mr Flight says he will not stand down as a candidate unless his local party instructs him to do so at an extraordinary general meeting (EGM). The MP, who is consulting his lawyers, told BBC News: "They selected me and they, if you like, dispose of me or keep me."\n';
    expect(speakerOf(text, 'They selected me')).toBe('Howard Flight');
  });
});
