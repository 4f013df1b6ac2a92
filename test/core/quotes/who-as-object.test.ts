import { describe, expect, it } from 'vitest';
import { articleUnder, speakerOf } from '../../support/attributed-quotes.js';

const article = articleUnder('Straw praises spin doctor');

describe('"who" as the object of the verb that frames a quote ("Mr Campbell, who he described as "…"")', () => {
  it("gives the words to the clause's subject, not to whom they describe", () => {
    const text = article('Jack Strow said he had always had "very good and polite relations" with Mr Campbel, who he described as "very talented".');
    expect(speakerOf(text, 'very talented')).toBe('Jack Strow');
  });

  it('still gives a "who" that is the subject its own words', () => {
    const text = article('Jack Strow praised Mr Campbel, who said the plan was "very bad indeed".');
    expect(speakerOf(text, 'very bad')).toBe('Campbel');
  });
});
