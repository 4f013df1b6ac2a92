import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences in the shape of Reuters wires (1987), from a readers' audit of the archives' casts.
const names = namesUnder('Markets and deals');

describe('people: a given name a wire sets in brackets before a surname ("Judge (Harold) Greene")', () => {
  it.each([
    ['after a title', 'The ruling by U.S. District Judge (Harold) Greene was upheld on appeal.', 'Harold Greene'],
    ['inside a quote', 'He said "(Paul) Volcker will stay at the Fed."', 'Paul Volcker'],
    ['after the words that say who they are', 'Bankers met (Treasury Secretary James) Baker on Monday.', 'James Baker'],
  ])('is part of the name, %s', (_where, sentence, name) => {
    expect(names(sentence)).toEqual([name]);
  });

  it('is a nickname, no given name, inside a name ("James E. (Jim) Nugent")', () => {
    expect(speakerOf('Outlook\n\n"The outlook is better," said Commissioner James E. (Jim) Nugent.\n', 'The outlook')).toBe('James E. Nugent');
  });
});

describe('people: firms and places named like people', () => {
  it.each([
    ["a firm's word with a second capital struck by mistake", 'The notes were sold by Carmel Container SYstems and Electric COrp.'],
    ['a mine', 'Westmin said it plans to increase capacity at its Myra Falls, British Columbia, base and precious metal mine by 33 pct.'],
    ['a town', 'The plant at Charles City will close.'],
    ['an estate', 'The shares are held by Dudley Williams Heirs.'],
  ])('are no one: %s', (_kind, sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
