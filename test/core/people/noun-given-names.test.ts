import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences in the shape of BBC News copy (2004-05): given names that the lexicon knows only as nouns.
const names = namesUnder('Motorsport and politics');

describe('people: a given name that is also a noun ("Joy", "Sandy", "Dick"), or that the lexicon files under a famous bearer ("Lee")', () => {
  it("opens a person's name before a surname", () => {
    expect(names('When Joy Rainey started competing in motorsport in 1974 she was continuing the family tradition.')).toContain('Joy Rainey');
    expect(names('The Lib Dem candidate, Sandy Walkington, said the seat was winnable.')).toContain('Sandy Walkington');
    expect(names('Former Clinton adviser Dick Morris said the race was close.')).toContain('Dick Morris');
    expect(names('Rich Hodges, a Houston-based land manager, said the firm had earmarked 50 mln dlrs.')).toContain('Rich Hodges');
    expect(names('The Producers star Nathan Lane beat his former co-star Lee Evans to win best musical actor.')).toContain('Lee Evans');
  });

  it('reads a given name the lexicon knows only as a surname ("Lewis", "Murray"), before a title\'s word and at the end of a list', () => {
    const cast = names(
      "Amanda's uncle, Lewis Champion, told the BBC the plea deserved no credit.",
      'The likes of Charlie Hodgson, Martin Corry and Lewis Moody all came through well.',
      'The board named Ann Lee chairman and Murray Sigler as president.',
    );
    for (const name of ['Lewis Champion', 'Lewis Moody', 'Murray Sigler']) expect(cast).toContain(name);
  });

  it('reads "Venus" opening a sentence before a surname as her given name ("Venus Williams suffered a first-round defeat")', () => {
    expect(names('Venus Williams suffered a first-round defeat for the first time in four years.')).toEqual(['Venus Williams']);
  });

  it('names no group whose name ends in "Army" ("the Red Rose Army")', () => {
    expect(names('The "Red Dragonhood" subdued the "Red Rose Army" in most areas of the field.')).toEqual([]);
  });

  it('gives her quote to her, by "she", two sentences on', () => {
    const text =
      'Disabled drivers\n\nWhen Joy Rainey started competing in motorsport in 1974 she was continuing the family tradition. ' +
      'She uses an ordinary road car by putting extensions on the pedals. ' +
      '"But in a competition car you have to have everything right," she said.\n';
    expect(speakerOf(text, 'But in a competition car')).toBe('Joy Rainey');
  });
});
