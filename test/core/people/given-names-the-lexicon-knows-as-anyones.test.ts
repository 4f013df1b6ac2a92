import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// BBC sport tennis reports (2004-05): a player named in full once, by surname after.
const namesOf = namesUnder('Title won in Adelaide');

describe('a given name the lexicon knows only as a name, given or family ("Taylor")', () => {
  it('opens the full name of a surname the article quotes alone', () => {
    // BBC sport 453: the whole cast was empty.
    const names = namesOf('The second seed won his second title with a 7-5 6-3 win over Taylor Dent. "I believe it," said Dent.');
    expect(names).toContain('Taylor Dent');
  });

  it('is still no given name after a preposition of place', () => {
    expect(namesOf('The firm opened a shop in Austin Smithers. "We are pleased," said Smithers.')).not.toContain('Austin Smithers');
  });
});

describe('a country\'s possessive before a given name the lexicon does not know ("Sweden\'s Joachim Johansson")', () => {
  it('brings in a person when the lexicon knows the last word as a surname', () => {
    expect(namesOf("Sweden's Joachim Johansson won his second career title.")).toContain('Joachim Johansson');
  });

  it('brings in no firm of two words the lexicon knows no surname in', () => {
    expect(namesOf("Japan's Kinki Nippon said profits rose.")).toEqual([]);
  });
});
