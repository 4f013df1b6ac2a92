import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

describe('a broker named after the kind of firm', () => {
  it('is a person where a "who" clause goes on about them, a firm otherwise', () => {
    const cast = castUnder('Currency fraud inquiry widens')(
      'The prosecutor said he wanted to question Frankfurt-based money broker Joachim Schmidt, who may be able to give more details.',
      'Shares were placed by broker Hoare Govett on Monday.',
    );
    expect(cast.map((p) => p.name)).toContain('Joachim Schmidt');
    expect(cast.map((p) => p.name)).not.toContain('Hoare Govett');
  });
});
