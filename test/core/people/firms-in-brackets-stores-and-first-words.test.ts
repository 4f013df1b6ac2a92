import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, each built to show one rule a readers' audit of the archives
// asked for.

const namesOf = namesUnder('COMPANY NEWS');

describe('a name a wire sets in angle brackets, as it marks a company', () => {
  it('is a firm, and so are its first words before a hyphen that joins two names ("<Hiram Walker-Goodman & Worts>")', () => {
    // Reuters 20037.
    const names = namesOf(
      '<Acme Distilleries Ltd>, owned by <Hiram Walker-Goodman & Worts>, is to buy a rival.',
      'Michael Jackaman, president of Hiram Walker and Allied Vintners, said the deal was good.',
    );
    expect(names).not.toContain('Hiram Walker');
    expect(names).toContain('Michael Jackaman');
  });
});

describe('a name before "store" ("the leasehold of Glen Oaks store")', () => {
  it('is a shop, no person', () => {
    // Reuters 20363.
    expect(namesOf('The gain came on sale of the leasehold of Glen Oaks store on Dec 16, 1986.')).not.toContain('Glen Oaks');
  });
});

describe('one word that opens a firm\'s name the story writes ("Merrill said" beside "Merrill Lynch and Co Inc")', () => {
  it('is the firm, even with a role before it ("sole manager Merrill")', () => {
    // Reuters 8371.
    // A wire's lines break anywhere, inside a name too.
    const names = namesOf(
      'Merrill Lynch and Co Inc is offering\nin the domestic debt market 75 mln dlrs of Australian\ndollar-denominated notes due 1988, said sole manager Merrill\nLynch Capital Markets.\n' +
        '    The notes were assigned a 14 pct coupon and priced at par\nto yield 150 basis points below comparable Australian rates.\n' +
        'interest coupon instead of paying interest semi-annually,\nMerrill said.',
    );
    expect(names).not.toContain('Merrill');
  });

  it('is still a person with a title ("Mr Ford" beside "Ford Motor Co")', () => {
    const names = namesOf('Ford Motor Co said sales rose.', 'Mr Ford, the company chairman, said he was pleased.');
    expect(names.some((n) => n.includes('Ford'))).toBe(true);
  });
});
