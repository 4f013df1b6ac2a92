import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters copy.

describe('a name straight before a source noun ("Reagan Administration officials")', () => {
  it('is whose the sources are, not a person a later "he" stands for', () => {
    const text =
      'SENATE TRADE BILL CRITICISED\n9-APR-1987 08:09:03.08\n\n' +
      '    European Community envoy Roy Denman criticised the Senate trade bill on Tuesday.\n' +
      '    Reagan Administration officials have also opposed the textile legislation, saying that it would likely prompt a veto.\n' +
      '    He said "the bill would reduce the confidence of other governments in the trading system."\n';
    expect(speakerOf(text, 'the bill would reduce')).toBe('Roy Denman');
  });

  it('makes the sources the speakers of the words they are said to use', () => {
    const text =
      'COCOA CROP SEEN NORMAL\n9-APR-1987 08:09:03.08\n\n' +
      '    The trade house estimated the main crop at a record 590,000 tonnes.\n' +
      '    Ivorian officials have only described this year\'s coffee crop as "normal."\n';
    expect(speakerOf(text, 'normal.')).toBe('Ivorian officials');
  });
});

describe('a body named only as whose the role is, after an inverted cue', () => {
  it('gives the words to the name set off after the role ("said Fuji Bank Ltd chief economist, Taro Yamada")', () => {
    const text =
      'JAPAN ECONOMY SEEN NEAR BOTTOM\n12-MAR-1987 09:01:08.51\n\n' +
      '    Japanese bank economists polled by Reuters said the slowdown is likely to end soon.\n' +
      '    "The economy will bottom out in the middle of the year," said Fuji Bank Ltd chief economist, Taro Yamada.\n';
    expect(speakerOf(text, 'The economy will bottom out')).toBe('Taro Yamada');
  });
});
