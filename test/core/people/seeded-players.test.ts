import { describe, expect, it } from 'vitest';
import { personUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// BBC sport tennis reports (2004-05): a player brought in by their seeding, whatever their given name.
const personOf = personUnder('Title won in Adelaide');

describe('a seeding before a name ("second seed Joachim Johansson")', () => {
  it('is a role only a player holds, so it brings in a given name the lexicon does not know', () => {
    const johansson = personOf('Joachim Johansson', 'Second seed Joachim Johansson won his second career title with a 7-5 6-3 win.');
    expect(johansson?.roles).toEqual(['second seed']);
  });

  it('is written in small letters in "the second seed", though it opened the sentence', () => {
    const agassi = personOf('Andre Agassi', 'Second seed Andre Agassi won 6-2 6-4.');
    expect(agassi?.aliases).toContain('the second seed');
  });

  it('keeps the capital of a firm\'s name a rank opens ("the First Boston Corp analyst")', () => {
    const barnes = personOf('Arlene Barnes', 'First Boston Corp analyst Arlene Barnes said the deal was fair.');
    expect(barnes?.aliases).toContain('the First Boston Corp analyst');
  });

  it('leaves a nationality after it out of the name ("fifth seed Czech Jiri Novak")', () => {
    // BBC sport 429.
    expect(personOf('Jiri Novak', 'Czech fifth seed Czech Jiri Novak was eliminated 7-5 6-1.')).toBeDefined();
    expect(personOf('Czech Jiri Novak', 'Czech fifth seed Czech Jiri Novak was eliminated 7-5 6-1.')).toBeUndefined();
  });

  it('keeps a given name that is a nationality\'s too ("Economy minister German Gref")', () => {
    expect(personOf('German Gref', 'Economy minister German Gref said the sale was unjustified.')).toBeDefined();
  });

  it('hands him the words a colon after his surname brings in', () => {
    // BBC sport 453: the quote went to his opponent.
    const text =
      'Johansson takes Adelaide title\n\nSecond seed Joachim Johansson won with a 7-5 6-3 win over Taylor Dent. ' +
      '"He is a top contender," said Dent. Johansson was more restrained in his assessment: "I have to improve my serve."\n';
    expect(speakerOf(text, 'I have to improve my serve')).toBe('Joachim Johansson');
  });

  it('brings in no one after seed money ("seed capital for Venture Partners")', () => {
    expect(personOf('Venture Partners', 'Investors put up seed capital for Venture Partners.')).toBeUndefined();
  });
});
