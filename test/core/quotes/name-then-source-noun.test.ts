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
