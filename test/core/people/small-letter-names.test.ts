import { describe, expect, it } from 'vitest';
import { withNamesCapitalised, writtenInSmallLetters } from '../../../src/core/people/small-letter-names.js';
import { namesUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Reuters wires of 1987 sent in small letters (4573, 4947, 6125, 6757); the other sentences are from ordinary copy.

describe('writtenInSmallLetters: an article that writes countries, months or weekdays in small letters', () => {
  it('is one that does so twice', () => {
    expect(
      writtenInSmallLetters([
        'ecuador cannot service its debt owed to private foreign banks due to the earthquake, central bank officials said.',
        "These banks hold two-thirds of the country's debt, already suspended since january.",
      ]),
    ).toBe(true);
  });

  it('is not one that writes them in capitals, nor one slip, nor a web address', () => {
    expect(writtenInSmallLetters(['Ecuador suspended payments in January.', 'See www.ecuador.com or monday-friday.'])).toBe(false);
    expect(writtenInSmallLetters(['Ecuador suspended payments in january.'])).toBe(false);
  });

  it('is one that writes a country that is also a word beside a weekday ("chile\'s copper output … said on monday")', () => {
    expect(writtenInSmallLetters(["chile's copper output rose 4.2 pct in the first quarter, central bank president enrique seguel said on monday."])).toBe(
      true,
    );
  });

  it('is not one whose country words are common nouns too (made up)', () => {
    expect(writtenInSmallLetters(['Shoppers paid more for a frozen turkey this year, and imports of fine china from Asia fell, retailers said.'])).toBe(false);
  });
});

describe('withNamesCapitalised: the names a role brings in, in capitals', () => {
  it.each([
    ['given names and the surname', 'central bank president carlos julio emanuel said.', 'central bank president Carlos Julio Emanuel said.'],
    [
      'a surname of two words, not the adverb after it',
      "venezuela's energy and mines minister arturo hernandez grisanti earlier described the agreement",
      "venezuela's energy and mines minister Arturo Hernandez Grisanti earlier described the agreement",
    ],
    [
      'not the verb after the surname',
      'president jaime lusinchi defended the debt rescheduling accord',
      'president Jaime Lusinchi defended the debt rescheduling accord',
    ],
    ['a possessive ends the name', "under president alan garcia's 20-month administration", "under president Alan Garcia's 20-month administration"],
    [
      'a surname that is a noun, right before "said"',
      'union pacific chairman william cook said the agreement will be beneficial',
      'union pacific chairman William Cook said the agreement will be beneficial',
    ],
    ['not a given name that is also a word ("may", "will")', 'the president will meet the minister may say', 'the president will meet the minister may say'],
    ['not one given name alone', 'the president carlos said', 'the president carlos said'],
    [
      'not a given name that is a verb, before a word no surname (made up)',
      'the governor drew criticism from farmers',
      'the governor drew criticism from farmers',
    ],
    ['a given name that is a verb, before a known surname (made up)', 'transport secretary drew lewis said', 'transport secretary Drew Lewis said'],
    [
      'a given name that is a verb, before a surname a verb of speech follows (Reuters shape)',
      'belgian finance minister mark eyskens said belgium would cut its deficit',
      'belgian finance minister Mark Eyskens said belgium would cut its deficit',
    ],
    [
      'a given name that is a verb, before another given name (made up)',
      'finance minister mark anthony eyskens met bankers',
      'finance minister Mark Anthony Eyskens met bankers',
    ],
    [
      'not a given name that is a verb, before a word and a comma (made up)',
      'the governor drew criticism, with farmers saying it would hurt exports',
      'the governor drew criticism, with farmers saying it would hurt exports',
    ],
    [
      'a given name that is a verb, before a surname no verb of speech follows (made up)',
      'the finance minister mark eyskens today',
      'the finance minister mark eyskens today',
    ],
    ['after a character outside the basic plane (made up)', '\u{1F4F0} president jaime lusinchi said', '\u{1F4F0} president Jaime Lusinchi said'],
  ])('%s', (_situation, sentence, expected) => {
    expect(withNamesCapitalised(sentence)).toBe(expected);
  });
});

describe('an article in capitals that names a turkey and china (made up)', () => {
  const article = [
    'Farm prices climb before the holiday',
    'Shoppers paid more for a frozen turkey this year, and imports of fine china from Asia fell, retailers said.',
    'The governor drew criticism from farmers after she refused to extend drought relief.',
    '"It\'s a hard year," the governor said.',
  ];

  it('lists no person made of the words after a role', () => {
    expect(namesUnder(article[0]!)(...article.slice(1))).toEqual([]);
  });

  it('gives the quote to the governor', () => {
    expect(speakerOf(`${article.join('\n\n')}\n`, "It's a hard year")).toBe('the governor');
  });
});

describe('the cast and the quotes of an article in small letters', () => {
  const paragraphs = [
    'ecuador cannot service its debt owed to private foreign banks due to the earthquake that forced a suspension of crude oil exports, central bank officials said.',
    '"we hope to obtain a tacit, explicit acceptance from foreign banks ... that we are not able to service the debt," central bank president carlos julio emanuel said.',
    'A central bank spokesman said emanuel was referring to payments owed private foreign banks, already suspended since january.',
  ];

  it('lists the person by the name in capitals', () => {
    expect(namesUnder('ECUADOR UNABLE TO SERVICE DEBT - CENTRAL BANK')(...paragraphs)).toContain('Carlos Julio Emanuel');
  });

  it('gives the quote to them', () => {
    expect(speakerOf(`ECUADOR UNABLE TO SERVICE DEBT\n\n${paragraphs.join('\n\n')}\n`, 'we hope to obtain')).toBe('Carlos Julio Emanuel');
  });
});
