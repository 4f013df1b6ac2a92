import { describe, expect, it } from 'vitest';
import { surnameFirst, wordsWrittenAlone } from '../../../src/core/people/surname-first.js';
import { castUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

const castOf = castUnder('Festival news');

// BBC entertainment 042.
const IM = [
  'South Korean film director Im Kwon-Taek has received an honorary Golden Bear at the Berlin Film Festival.',
  'Im, who has made more than 100 films in a 40-year career, was hailed for his "remarkable visual beauty, technical innovation, and intellectual depth".',
];

describe('surnameFirst: a name written surname first', () => {
  it('reads the first word as the surname when the story writes it alone and never the last', () => {
    expect(surnameFirst('Im Kwon-Taek', wordsWrittenAlone(IM.join('\n')))).toBe('Im');
  });

  // BBC entertainment 269: "Michael" is written alone, and "George" is a given name.
  it('keeps the last word as the surname of a name written given name first', () => {
    const text =
      'Singer George Michael has said that a new film about his life is the start of a retirement.\n"I thought I should explain myself before I disappear," said Michael.';
    expect(surnameFirst('George Michael', wordsWrittenAlone(text))).toBeNull();
  });

  // Reuters 17574 and 17648 (1987): a firm's name, whose first word the wire writes alone as a nationality.
  it('reads no long first word as a surname ("British" of "British Printing")', () => {
    const text =
      'British Printing said it filed the suit after consultation with its advisers.\nHarcourt Brace Jovanovich Inc said it has no comment at this time on the lawsuit filed against it by British publisher Robert Maxwell.';
    expect(surnameFirst('British Printing', wordsWrittenAlone(text))).toBeNull();
  });

  it('gives the cast the surname as the alias, not the given name', () => {
    const person = castOf(...IM).find((p) => p.name === 'Im Kwon-Taek');
    expect(person?.aliases).toContain('Im');
    expect(person?.aliases).not.toContain('Kwon-Taek');
  });

  it('reads no name as surname first when the lexicon knows its last word ("Lewis Moody")', () => {
    const text = 'Heptathlete Denise Lewis and England flanker Lewis Moody were at the awards.\nLewis won gold in Sydney.';
    expect(surnameFirst('Lewis Moody', wordsWrittenAlone(text))).toBeNull();
  });

  // Reuters 11768 (1987): the lexicon knows "Xu" as a surname, which is what it is here.
  it('reads a first word the lexicon knows only as a surname as the surname', () => {
    const person = castOf(
      'Xu Jinfeng, a middle-aged official in Fengbang village on the edge of Shanghai, sums up the dilemma China faces.',
      '"Last year we lost land to a new railway line," Xu said.',
    ).find((p) => p.name === 'Xu Jinfeng');
    expect(person?.aliases).toContain('Xu');
    expect(person?.aliases).not.toContain('Jinfeng');
    expect(person?.roles[0]).toMatch(/^middle-aged official in Fengbang village/);
  });
});

describe('people: a name written surname first whose first word the story gives a title ("Mr Wang" of "Wang Yan")', () => {
  it('is one person, who answers to "Mr Wang" and not "Mr Yan" (BBC business 461 and 349)', () => {
    const cast = castOf(
      '"The fees are unreasonable," said Wang Yan, an official from the Beijing commission.',
      'Mr Wang said his team would look at adjusting parking prices.',
    );
    expect(cast.map((p) => p.name)).toEqual(['Wang Yan']);
    expect(cast[0]!.aliases).toContain('Mr Wang');
    expect(cast[0]!.aliases).not.toContain('Mr Yan');
  });

  it('is no given name of another person, whose own surname the story writes after a title ("Mr Howard" beside "Howard Flight, … Mr Flight")', () => {
    // BBC politics 399.
    const cast = castOf('Tory MP Howard Flight was sacked on Friday.', 'Mr Flight said he was sorry. Mr Howard said the party was united.');
    expect(cast.map((p) => p.name).sort()).toEqual(['Howard', 'Howard Flight']);
  });
});

describe('people: a name of three words written surname first, its given name in two ("Chun Doo Hwan")', () => {
  const seoul = castUnder('Seoul talks');

  it('goes by its first word, which the story writes alone, not by its last words', () => {
    const cast = seoul('South Korean President Chun Doo Hwan met the visitors on Monday.', '"We want trade to grow," Chun said.');
    expect(cast.map((p) => [p.name, p.aliases.filter((a) => !a.startsWith('the '))])).toEqual([['Chun Doo Hwan', ['Chun']]]);
  });

  it("so a quote of the word alone is the whole name's", () => {
    const text = 'Seoul talks\n\nSouth Korean Trade Minister Rha Woong Bae met the visitors. "I hope the leaders can find a solution," Rha said.\n';
    expect(speakerOf(text, 'I hope the leaders')).toBe('Rha Woong Bae');
  });
});
