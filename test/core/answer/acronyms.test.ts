import { describe, expect, it } from 'vitest';
import { acronymsOf, withAcronyms } from '../../../src/core/answer/acronyms.js';
import { ask } from '../../../src/core/answer/ask.js';
import { termOf } from '../../../src/core/index/terms.js';
import { buildStory } from '../../../src/core/story/build-story.js';

// BBC sport 013 (2005), Chepkemei's ban lifted: its headline and first paragraphs.
const { story } = buildStory([
  {
    id: 'lifted',
    text: 'Kenya lift Chepkemei\'s suspension\n\nKenya\'s athletics body has reversed a ban on marathon runner Susan Chepkemei after she made an official apology.\n\nAthletics Kenya (AK) had suspended the two-time London Marathon runner-up for failing to turn up to a cross-country team training camp.\n\n"We have withdrawn the ban. Chepkemei has given a reason for her absence," said AK chief Isaiah Kiplagat.\n\nThe Securities and Exchange Commission (SEC) was not involved (Reuters).\n',
  },
]);
const terms = (...words: string[]) => words.map((w) => termOf(w)!);

describe('acronymsOf: the names a story shortens in brackets', () => {
  it('reads "Athletics Kenya (AK)", and skips the small words of "Securities and Exchange Commission (SEC)"', () => {
    const acronyms = acronymsOf(story).names;
    expect(acronyms.get(termOf('AK')!)).toEqual(terms('Athletics', 'Kenya'));
    expect(acronyms.get(termOf('SEC')!)).toEqual(terms('Securities', 'Exchange', 'Commission'));
  });

  it('takes no bracket whose letters are not the initials before it', () => {
    expect([...acronymsOf(story).names.keys()]).toHaveLength(2);
  });
});

describe('withAcronyms and ask: a long name met by its acronym', () => {
  it('gives a sentence that writes "AK" the long name\'s terms, and one that writes the long name the acronym', () => {
    const own = new Set(terms('said', 'AK', 'chief'));
    withAcronyms(own, acronymsOf(story));
    expect(own.has(termOf('Kenya')!)).toBe(true);
    const long = new Set(terms('Athletics', 'Kenya', 'suspended'));
    withAcronyms(long, acronymsOf(story));
    expect(long.has(termOf('AK')!)).toBe(true);
  });

  it('answers "Who is the head of Athletics Kenya?" with "said AK chief Isaiah Kiplagat"', () => {
    expect(
      ask(story, 'Who is the head of Athletics Kenya?')
        .answers.map((a) => a.text)
        .join(' | '),
    ).toContain('AK chief Isaiah Kiplagat');
  });
});
