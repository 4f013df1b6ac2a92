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

  it('reads given names the lexicon knows as other words or a place ("Piers", "Jean", "Max", "Sonny", "Digby")', () => {
    const cast = names(
      'Piers Freelove is senior benefit officer on the picket line.',
      'It was led by Digby Jones, director general of the CBI.',
      'Jean Mantelet, president of the company, and Sonny Parker agreed, as did Max Mirnyi.',
    );
    for (const name of ['Piers Freelove', 'Digby Jones', 'Jean Mantelet', 'Sonny Parker', 'Max Mirnyi']) expect(cast).toContain(name);
  });

  it('gives the "He said" after "<Name> is <role>" to that name, one the lexicon knew only as a noun ("Piers Freelove")', () => {
    const text =
      'Strike\n\nThe chancellor has said that the cuts will allow funding for more teachers. ' +
      'Piers Freelove is senior benefit officer on the picket line at Companies House, in Cardiff. ' +
      'He said: "The majority of people have decided not to come in."\n';
    expect(speakerOf(text, 'The majority of people')).toBe('Piers Freelove');
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
