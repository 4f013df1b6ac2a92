import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of BBC News copy, built to show a rule a readers' audit of the archives asked for.

const castOf = castUnder('Retailer bid');

describe('a name of three words written surname first, whose first word the story gives a title ("Dr Khoo")', () => {
  it('is one person, who goes by the titled word, not two', () => {
    // BBC business 393.
    const cast = castOf(
      'The chain is majority-owned by Malaysian entrepreneur Dr Khoo Kay Peng.',
      'It has long been reported that Dr Khoo intends to take the company private.',
    );
    expect(cast.map((p) => p.name)).toEqual(['Khoo Kay Peng']);
    expect(cast[0]!.aliases).toContain('Dr Khoo');
    expect(cast[0]!.aliases).not.toContain('Dr Peng');
  });

  it('leaves a name written given name first alone ("Dr John Paul Reid" … "Dr Reid")', () => {
    const cast = castOf('The report is by Dr John Paul Reid.', 'Dr Reid said it was thorough.');
    expect(cast.map((p) => p.name)).toEqual(['John Paul Reid']);
    expect(cast[0]!.aliases).toContain('Dr Reid');
  });
});
