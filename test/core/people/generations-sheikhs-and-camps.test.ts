import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, each built to show one rule a readers' audit of the archives
// asked for.

const castOf = castUnder('COMPANY NEWS');
const namesOf = (...paragraphs: string[]) => castOf(...paragraphs).map((p) => p.name);

describe('a father and his son of one name ("Stewart Bainum Sr" and "Stewart Bainum Jr")', () => {
  it('are two people', () => {
    // Reuters 2414, 21251.
    const names = namesOf(
      'Manor Care Inc said its chairman, Stewart Bainum Sr., will retire in June.',
      'His son, Stewart Bainum Jr., who has served as vice chairman, will succeed him.',
    );
    expect(names.sort()).toEqual(['Stewart Bainum Jr', 'Stewart Bainum Sr']);
  });

  it('leave the name without a generation to the only one the story writes ("Douglas Fairbanks" of "Douglas Fairbanks Jr")', () => {
    const cast = castOf('Douglas Fairbanks Jr opened the show.', 'Later Douglas Fairbanks said he was pleased.');
    expect(cast.map((p) => p.name)).toEqual(['Douglas Fairbanks Jr']);
  });
});

describe('a generation in capitals after a given name and surname ("Andre Nzame III")', () => {
  it('is part of the name', () => {
    // BBC sport 219.
    expect(namesOf('Andre Nzame III was on target after ten minutes, and Nzame scored again later.')).toEqual(['Andre Nzame III']);
  });
});

describe('a sheikh named in full without his title where the name opens a sentence ("Ali al-Khalifa al-Sabah was quoted")', () => {
  it('is the one "Sheikh Ali" stands for', () => {
    // Reuters 236.
    const cast = castUnder('KUWAIT OIL')(
      'Kuwait would not cut output, newspapers said.',
      '    Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas as saying Kuwait would not cut output.',
      '    "Kuwait has the ability," the minister said.',
      '    Sheikh Ali has said before that Kuwait had the ability to produce up to four mln barrels.',
      '    Sheikh Ali also delivered "a challenge to any international oil company."',
    );
    expect(cast.map((p) => p.name)).toHaveLength(1);
    expect(cast[0]!.aliases).toContain('Sheikh Ali');
  });
});

describe('a name after "at" that ends on a camp\'s or a mountain\'s word ("at Johnny Mountain Camp")', () => {
  it('is a place', () => {
    // Reuters 18176.
    expect(namesOf('Work can begin next month on a gold mine at Johnny Mountain Camp, 600 miles north of Vancouver.')).toEqual([]);
  });
});

describe('a verb in the past right after a name\'s comma ("Joseph B. Ely II, became chairman,")', () => {
  it('opens a clause of its own, no role', () => {
    // Reuters 3224, BBC politics 295.
    const cast = castOf('<Amoskeag Co> said Joseph B. Ely II, became chairman, in addition to his duties as chief executive.');
    expect(cast.map((p) => [p.name, p.roles])).toEqual([['Joseph B. Ely II', []]]);
  });
});
