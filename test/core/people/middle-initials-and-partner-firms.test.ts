import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, built to show a rule a readers' audit of the archives asked for.

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
