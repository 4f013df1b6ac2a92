import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

const names = namesUnder('News in brief');

// Made up in the shapes a readers' audit of the archives' casts found listed as people.

describe('people: names that read like a given name and a surname but are no one', () => {
  it('lists no people of a place ("The Sri Lankan cabinet", "Costa Ricans")', () => {
    const cast = names('The Sri Lankan cabinet approved the plan, Joe Pike said.', 'Costa Ricans will vote on it next year.');
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Sri Lankan');
    expect(cast).not.toContain('Costa Ricans');
  });

  it('lists no ground ("at Rodney Parade") and no paper ("Berliner Zeitung said")', () => {
    const cast = names('Joe Pike scored twice at Rodney Parade on Saturday.', 'Berliner Zeitung said the plan was part of a wider policy.');
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Rodney Parade');
    expect(cast).not.toContain('Berliner Zeitung');
  });

  it('lists no firm written after its kind "agency" ("literary agency Curtis Brown")', () => {
    const cast = names('The winner gets a deal with literary agency Curtis Brown, judge Joe Pike said.');
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Curtis Brown');
  });
});

describe("people: a town before its state, a founder's company", () => {
  it('lists no town a wire writes before its state\'s abbreviation ("of Myrtle Beach, S.C.,", Reuters 15031 and 2126)', () => {
    const cast = names(
      'Custom Security Services of Myrtle Beach, S.C., agreed to the merger, Joe Pike said.',
      'The division is based in Eden Prairie, Minn., the company said.',
    );
    expect(cast).toEqual(['Joe Pike']);
  });

  it('lists no adverb that opens a list of names ("Additionally, Philip Sims and Bruce Johnson were named", Reuters 1278)', () => {
    expect(names('Additionally, Philip Sims and Bruce Johnson were named vice presidents.')).toEqual(['Bruce Johnson', 'Philip Sims']);
    expect(names('Kelly, Philip Sims and Bruce Johnson were named vice presidents.')).toContain('Kelly');
  });

  it('lists no market leader ("market leader Best Buy", BBC business 070)', () => {
    const cast = names('Circuit City is struggling to keep up with market leader Best Buy, said analyst Joe Pike.');
    expect(cast).toEqual(['Joe Pike']);
  });

  it('lists no brand named with a title ("brands such as Dairy Milk, Dr Pepper and Snapple", BBC business 143)', () => {
    const cast = names('The owner of brands such as Dairy Milk, Dr Pepper and Snapple made more money, said chief executive Joe Pike.');
    expect(cast).toEqual(['Joe Pike']);
  });

  it('lists no company named after its founder ("Scott\'s company Scott Free", BBC entertainment 304)', () => {
    const cast = names('Director Ridley Scott was pleased.', "Fox has bought the rights for Scott's company Scott Free to develop.");
    expect(cast).toEqual(['Ridley Scott']);
  });
});
