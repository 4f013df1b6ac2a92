import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';
import { namesUnder } from '../../support/one-article-cast.js';

// Made-up articles in the shape of BBC News and Reuters copy, each built to show one rule.
// (Weekday surnames: Mike Friday in BBC sport/381 and 400, Thomas Sunday in Reuters 18172.)

describe('an office by either of its titles ("the premier", "the prime minister")', () => {
  it('is the premier just quoted when the next sentence says "the prime minister" (Reuters shape)', () => {
    const text =
      'CHINA SAYS PRICES TO STAY STABLE\n\n    Premier Li Peng said on Monday that prices would be kept stable this year.\n' +
      '    "We will not allow inflation to return," the prime minister told the congress.\n';
    expect(speakerOf(text, 'We will not allow')).toBe('Li Peng');
  });

  it('is the prime minister just quoted, not a premier quoted earlier in the story, when the next sentence says "the premier"', () => {
    const text =
      'TRADE TALKS IN PEKING\n\n    Premier Li Peng said on Monday that prices would be kept stable this year.\n' +
      "    Britain's Prime Minister Margaret Thatcher said the talks in Peking had gone well.\n" +
      '    "It was a fine and useful meeting," the premier said.\n';
    expect(speakerOf(text, 'It was a fine')).toBe('Margaret Thatcher');
  });
});

describe('a weekday as a surname after a given name ("Mike Friday", "Thomas Sunday")', () => {
  const names = namesUnder('Sevens side named');

  it('is a person of the story, and the quote he is named after is his (BBC sport shape)', () => {
    const text =
      'Sevens side named\n\nEngland have named their squad for the Hong Kong Sevens.\n\n' +
      '"England have the ability to win this World Cup," said England sevens coach Mike Friday.\n';
    expect(names('England have named their squad.', '"We can win," said England sevens coach Mike Friday.')).toContain('Mike Friday');
    expect(speakerOf(text, 'England have the ability')).toBe('Mike Friday');
  });

  it('is no one after a word that is no given name ("Good Friday", "Sheffield Wednesday", "Reagan Friday")', () => {
    const found = names(
      'The talks ran on until Good Friday, and Sheffield Wednesday lost at home.',
      'Secretary of State George Shultz told Reagan Friday that the talks would resume.',
    );
    expect(found.filter((n) => /day$/.test(n))).toEqual([]);
  });
});

describe('a few words quoted in a sentence that opens on "her" or "his" and a thing of theirs', () => {
  const minister = (sentence: string) =>
    `Minister quits\n\nJane Harper resigned as health minister on Monday. "I have done my best," she said.\n\n${sentence}\n`;

  it('are not hers when something is done to the thing ("Her photograph was carried on placards reading "…"")', () => {
    expect(speakerOf(minister('Her photograph was carried on placards reading "Harper out now" across the city.'), 'Harper out now')).toBeNull();
  });

  it('are hers when what is hers does something ("Her members would fight "…"")', () => {
    expect(speakerOf(minister('Her members would fight "every single cut" in the new year.'), 'every single cut')).toBe('Jane Harper');
  });
});

describe('a cue whose subject is a noun and a clause without "who" ("The woman she replaced called …")', () => {
  it('gives the words to that description, not to the woman the pronoun stands for', () => {
    const text =
      'Minister quits\n\nJane Harper resigned as health minister on Monday. "I have done my best," she said.\n\n' +
      'The woman she replaced called the offer "a betrayal of everything we stood for".\n';
    expect(speakerOf(text, 'a betrayal of everything')).toBe('the woman she replaced');
  });

  it('leaves a pronoun before an adverb the subject ("After the meeting he also said …")', () => {
    const text =
      'Minister quits\n\nJane Harper resigned as health minister on Monday.\n\n' +
      'After the meeting she also said the offer was "a betrayal of everything we stood for".\n';
    expect(speakerOf(text, 'a betrayal of everything')).toBe('Jane Harper');
  });
});

describe('the first of two surnames after a title ("Mr Hernandez" of Arturo Hernandez Grisanti)', () => {
  it('is the one person whose name holds it in the middle, who takes the quote, not a second person "Hernandez"', () => {
    const text =
      'VENEZUELA OIL\n\n    Venezuelan Energy and Mines Minister Arturo Hernandez Grisanti said OPEC would hold its price.\n' +
      '    "We will defend the price," Hernandez Grisanti said.\n    "There is no other way," Mr Hernandez added.\n';
    expect(speakerOf(text, 'There is no other way')).toBe('Arturo Hernandez Grisanti');
  });
});
