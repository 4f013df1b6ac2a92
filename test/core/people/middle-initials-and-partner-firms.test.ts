import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show a rule a readers' audit of the archives asked
// for.

const namesOf = namesUnder('COMPANY NEWS');

describe('a capitalised word, a middle initial and a surname ("Israel G. Grossman", "Hayward L. Elliott")', () => {
  it("is a person's name whatever the lexicon makes of the first word", () => {
    // Reuters (an attorney indicted; a president succeeded).
    expect(namesOf('Israel G. Grossman, 34, who had been a pension specialist, was indicted on Monday.')).toEqual(['Israel G. Grossman']);
    expect(namesOf('Acme said C.W. Strong will succeed Hayward L. Elliott as president.')).toContain('Hayward L. Elliott');
  });

  it('leaves a firm or a school named after its founder', () => {
    expect(namesOf('Sanford C. Bernstein and Co raised its estimate.')).toEqual([]);
    expect(namesOf('Acme sold its Del E. Webb Investment Properties unit.')).toEqual([]);
    expect(namesOf('Students at Johnson C. Smith University protested.')).toEqual([]);
  });
});

describe('a firm named after its partners ("with Morgan Olmstead, Kennedy and Gardner", "a Carroll McEntee and McGinley analyst")', () => {
  it('lists no partner of the firm as a person', () => {
    // Reuters 18318, 2925.
    expect(namesOf('David Saks, drug analyst with Morgan Olmstead, Kennedy and Gardner in New York, said the drug sold well.')).toEqual(['David Saks']);
    expect(namesOf('Bonds fell, said one Carroll McEntee and McGinley analyst.')).toEqual([]);
  });

  it('leaves a person named before "and" and a word in capitals that is no partner', () => {
    // BBC sport 177, 482.
    expect(namesOf('"I hope it is to the benefit of Steven Gerrard and I hope it is worthwhile," he said.')).toEqual(['Steven Gerrard']);
    expect(namesOf("Goldfine has worked with Todd Martin and Roddick's close friend Mardy Fish.")).toContain('Todd Martin');
  });
});

const entertainmentNames = namesUnder('Rich list published');

describe('a word the lexicon does not know before a given name and a surname, after "the late"', () => {
  it('says what the person was, no part of the name ("son of the late Beatle George Harrison")', () => {
    // BBC entertainment 346.
    expect(entertainmentNames('At number one is Dhani Harrison, son of the late Beatle George Harrison, who has inherited £140m.')).toEqual(
      expect.arrayContaining(['George Harrison', 'Dhani Harrison']),
    );
    expect(entertainmentNames('At number one is Dhani Harrison, son of the late Beatle George Harrison, who has inherited £140m.')).not.toContain(
      'Beatle George Harrison',
    );
  });
});
