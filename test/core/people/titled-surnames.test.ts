import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';

/** The cast of a story of the given articles, each written as its paragraphs. */
function castOf(...articles: string[][]) {
  return buildStory(articles.map((paragraphs, i) => ({ id: `a${i + 1}`, text: `Steel jobs\n\n${paragraphs.join('\n\n')}\n` }))).story.people;
}

// Sentences from BBC business 027 and 485 (2004-05), one story.
const MITTAL = [
  "Mittal Steel, one of the world's largest steel producers, could cut up to 45,000 jobs over the next five years, its chief executive has said.",
  'However, Lakshmi Mittal has told investors the combined company will have to shed thousands of jobs.',
  '"We are investing in modernisation so employees will go down," Mr Mittal told the conference in Chicago.',
];
const KK_MITTAL = ['"Holcim is looking to buy it (ACC) very cheap," said KK Mittal, a fund manager with Escorts Mutual Fund in New Delhi.'];

describe('people: a full name shown by the article’s "Mr" and surname', () => {
  it('finds a person whose given name the lexicon does not know ("Lakshmi Mittal" beside "Mr Mittal")', () => {
    const mittal = castOf(MITTAL).find((p) => p.name === 'Lakshmi Mittal');
    expect(mittal).toBeDefined();
    expect(mittal!.aliases).toContain('Mr Mittal');
  });

  it('keeps "Mr Mittal" with the Mittal his article names, not another article\'s ("KK Mittal")', () => {
    const cast = castOf(MITTAL, KK_MITTAL);
    expect(cast.find((p) => p.name === 'Lakshmi Mittal')!.mentions).toBe(2);
    expect(cast.find((p) => p.name === 'KK Mittal')!.mentions).toBe(1);
  });

  it('counts "Mr Mittal\'s" as his, and keeps "KK Mittal" whose role shows a person though "Vodafone KK" is written alone', () => {
    const cast = castOf(
      [...MITTAL, "Mittal Steel was formed last year when Mr Mittal's LNM Holdings merged with Dutch firm Ispat."],
      [...KK_MITTAL, "Mr Morrow will succeed Shiro Tsuda as president of Vodafone KK, Japan's number three mobile operator, in April."],
    );
    expect(cast.find((p) => p.name === 'Lakshmi Mittal')!.mentions).toBe(3);
    expect(cast.find((p) => p.name === 'KK Mittal')?.roles).toEqual(['fund manager with Escorts Mutual Fund in New Delhi']);
  });

  it('reads the role set off after such a name', () => {
    const cast = castOf([
      'However, Chittabrata Majumdar, general secretary of the Centre of Indian Trade Unions (CITU), said allowing FDI in the country is compromising.',
      'Mr Majumdar said the unions would strike.',
    ]);
    expect(cast.find((p) => p.name === 'Chittabrata Majumdar')!.roles).toEqual(['general secretary of the Centre of Indian Trade Unions']);
  });

  it.each([
    // BBC politics 266 and 302.
    ["a body's possessive", "The Fabian Society's Sundar Katwala said the change was long overdue.", 'Mr Katwala said so.', 'Sundar Katwala', []],
    ['an office', 'Labour MP Oona King will stand again.', 'Ms King said so.', 'Oona King', ['Labour MP']],
  ])('finds the full name after %s ("The Fabian Society\'s Sundar Katwala", "Labour MP Oona King")', (_what, first, second, name, roles) => {
    const person = castOf([first, second]).find((p) => p.name === name);
    expect(person?.roles).toEqual(roles);
  });

  it('takes no name after a job that is a firm\'s word too ("the Economist magazine\'s Economist Intelligence Unit")', () => {
    // Reuters 11250.
    const cast = castOf([
      "Brazil faces a squeeze, according to the Economist magazine's Economist Intelligence Unit.",
      '"Brazil will recover," the Intelligence Unit said.',
    ]);
    expect(cast.map((p) => p.name)).not.toContain('Intelligence Unit');
  });

  it.each([
    ['a possessive before the surname', ["Labour's Cunningham to stand down", 'Mr Cunningham said he would leave at the election.']],
    ['a word made of a number ("Seventeen-year-old")', ['Seventeen-year-old Stone won two awards.', 'Ms Stone said she was thrilled.']],
    ['an adjective made of a proper noun ("Euro-Sceptic")', ['Euro-Sceptic Kilroy-Silk has used a Latin name.', 'Mr Kilroy-Silk said so.']],
    ['a firm\'s name that goes on in capitals ("Mittal Steel")', ['A Mittal Steel spokesman said no decisions had been made.', 'Mr Mittal said so.']],
  ])('makes no name of %s', (_what, paragraphs) => {
    expect(castOf(paragraphs).every((p) => !p.name.includes(' '))).toBe(true);
  });
});

describe('people: a full name shown by a quoted surname', () => {
  it('finds a person the story names in full once and quotes by surname ("Jolanda Ceplak" beside "Ceplak said:")', () => {
    // BBC sport 063 (2005).
    const ceplak = castOf([
      "Jolanda Ceplak has urged Britain's Kelly Holmes to continue competing at the major championships.",
      'But World Indoor 800m record holder Ceplak said: "There is never an easy race when she is in the field.',
      'Ceplak added: "I like running against her - you know the race is always going to be fast."',
    ]).find((p) => p.name === 'Jolanda Ceplak');
    expect(ceplak?.aliases).toContain('Ceplak');
    expect(ceplak?.mentions).toBe(3);
  });

  it('makes no name of a headline\'s adjective before a surname the story already names in full ("Dogged Federer")', () => {
    const cast = castOf([
      'Dogged Federer claims Dubai crown',
      'World number one Roger Federer added the Dubai Championship trophy to his long list of successes.',
      '"I played well," Federer said.',
    ]);
    expect(cast.map((p) => p.name)).toEqual(['Roger Federer']);
  });

  it('makes no name of a firm\'s longer name that a quote speaks for ("Regie Nationale des Usines Renault")', () => {
    // Reuters 3056 and 15255 (1987).
    const cast = castOf([
      'Regie Nationale des Usines Renault said it and Chrysler Corp have signed a letter of intent.',
      'Chrysler and Renault said, "Given the complex nature of the deal, the need for further work is understandable."',
    ]);
    expect(cast.map((p) => p.name)).toEqual([]);
  });
});

describe('people: a firm named after its founders that speaks alone', () => {
  it('lists no "Merrill Lynch" for "brokerage Merrill Lynch said" (BBC business, GM and Fiat)', () => {
    const cast = castOf([
      '"We do not believe Fiat will push its business against an unwilling GM at this point," brokerage Merrill Lynch said in a note to investors.',
    ]);
    expect(cast.map((p) => p.name)).not.toContain('Merrill Lynch');
  });
});

describe('people: a full name after "by", shown by the surname the article quotes', () => {
  // BBC entertainment 291.
  it('finds "Chrissie Hynde" of "led by Chrissie Hynde" beside \'said Hynde, 53\'', () => {
    const cast = castOf([
      "U2's contemporaries, the Pretenders, led by Chrissie Hynde - took to the stage to perform My City Was Gone with inductee Neil Young.",
      '"We are a tribute band," said Hynde, 53.',
    ]);
    expect(cast.map((p) => p.name)).toContain('Chrissie Hynde');
  });
});
