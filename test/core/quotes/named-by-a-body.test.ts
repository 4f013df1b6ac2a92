import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shapes of BBC News politics copy (bbc/politics/187, 384) a readers' audit found given to the wrong side.

describe('quotes: a name given to something, and who gave it', () => {
  it('after "in a move branded a" and before "by the Tories" is the Tories\' words, not the minister\'s whose move it was', () => {
    const text =
      'Casino climbdown\n\n' +
      'Tessa Jowell has announced plans to limit the number of new casinos to 24, in a move branded a "humiliating retreat" by the Tories.\n';
    expect(speakerOf(text, 'humiliating retreat')).toBe('Tories');
  });

  it('after "X dubbed … an" is X\'s words ("The Law Society dubbed the proposals an "abuse of power"")', () => {
    const text = 'Terror plans\n\n' + 'The Law Society dubbed Mr Clarke\'s new proposals an "abuse of power".\n';
    expect(speakerOf(text, 'abuse of power')).toBe('Law Society');
  });

  it('after a passive "dubbed" with no object is nobody\'s: not the thing\'s so named ("Baywatch dubbed \'worst TV import\'")', () => {
    const text =
      "Baywatch dubbed 'worst TV import'\n\n" +
      'Surf show Baywatch has won the title of worst TV import of all time, a poll of UK television executives found.\n';
    expect(speakerOf(text, 'worst TV import')).toBeNull();
    const missile = 'Budget\n\nMany congressmen favor a smaller mobile missile dubbed the "Midgetman."\n';
    expect(speakerOf(missile, 'Midgetman')).toBeNull();
  });

  it('after a passive "deemed" and before "by" is the agent\'s ("deemed "not in the best interests …" by Manchester United\'s board")', () => {
    const text =
      'Glazer bid rejected\n\n' +
      'The bid was rejected because of debt levels which were deemed "not in the best interests of the company" by Manchester United\'s board.\n';
    expect(speakerOf(text, 'not in the best interests')).toBe("Manchester United's board");
  });
});
