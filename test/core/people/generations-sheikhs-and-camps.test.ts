import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters and BBC copy, each built to show one rule a readers' audit of the archives
// asked for.

const castOf = castUnder('COMPANY NEWS');
const namesOf = (...paragraphs: string[]) => castOf(...paragraphs).map((p) => p.name);

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
