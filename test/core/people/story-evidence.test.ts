import { describe, expect, it } from 'vitest';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('Markets wrap');
const names = namesUnder('Markets wrap');

describe('buildCast: names the story itself writes as no person', () => {
  it.each([
    ['a firm written with "and Co"', ['"Exports will erode," said Tom Murtha, analyst at Carlo Benetti and Co.'], 'Carlo Benetti'],
    [
      'the firm a named person is "of" (Reuters, Burlington, 1987)',
      ['"It\'s not unusual that someone could be looking at Burlington after the housecleaning," said Eileen Gormley of Thomson McKinnon.'],
      'Thomson McKinnon',
    ],
    [
      "a partner listed in a firm's name (Reuters, Viacom, 1987)",
      ['Merrill Lynch, Pierce Fenner and Smith Inc has increased its underwriting commitment to 175 mln dlrs.'],
      'Pierce Fenner',
    ],
    [
      'a firm written with a bracketed word before Ltd',
      ['"I am not sure," said Gordon Pryce (Securities) Ltd analyst Nick Edwards.', '"It is full of contradictions," Gordon Pryce\'s Edwards said.'],
      'Gordon Pryce',
    ],
    [
      'an employer named in front of a job',
      ['"Demand is soft," said Dana Whitcomb analyst Joan Reyes.', 'Dana Whitcomb expects a cut, Reyes said.'],
      'Dana Whitcomb',
    ],
    [
      'a name ending in a place, with no role or title',
      ['"You do not arrive at Lucas Britain and ask," he said.', 'Sales in Britain rose.', 'Prices in Britain fell.'],
      'Lucas Britain',
    ],
    [
      'a work written right after its kind',
      ['It is up against British film Vera Drake, which has 11 nominations.', 'Mike Leigh is up for best director for Vera Drake.'],
      'Vera Drake',
    ],
    [
      // BBC entertainment 262.
      'an album written with its capitalised "The" inside sentences',
      [
        'Their new album comes 28 years after the schoolfriends got together in Dublin and 17 years after The Joshua Tree cemented their place on the all-time rock A-list.',
        'In 1987, The Joshua Tree broke sales records and saw the band reach the height of their powers.',
      ],
      'Joshua Tree',
    ],
    [
      // BBC sport 219: a club goes by its first word, a person by the surname.
      'a club the story calls by its first word ("Cotonsport" of "Cameroon\'s Cotonsport Garoua")',
      [
        "Hearts of Oak set up an all Ghanaian Confederation Cup final with a 3-2 win over Cameroon's Cotonsport Garoua in Accra on Sunday.",
        'Hearts of Oak started the game needing a win to qualify for the final while Cotonsport only needed to avoid defeat to go through.',
        'Hearts looked set for a comfortable win but Cotonsport staged a late fight back scoring twice late on.',
      ],
      'Cotonsport Garoua',
    ],
    [
      // BBC politics 353.
      'a show named like a person ("the Wright Stuff show")',
      [
        'The trouble began on the Wright Stuff show, with Maria Hutchings marching up to him, saying "Tony, that\'s rubbish" as she tried to complain about her autistic son\'s school being threatened with closure.',
      ],
      'Wright Stuff',
    ],
    ['a work after a determiner and a kind that is a verb too', ['She starred in the play Therese Raquin.', 'Therese Raquin closes in May.'], 'Therese Raquin'],
    [
      // BBC business 035 (WPP): an agency named after its founder, listed right after "firms".
      'a firm listed right after a plural of firms ("the firms Young & Rubicam and J Walter Thompson")',
      [
        'WPP, which is headed by Sir Martin Sorrell, owns advertising agencies including Ogilvy & Mather.',
        ' It also includes the firms Young & Rubicam and J Walter Thompson.',
      ],
      'Walter Thompson',
    ],
  ])('%s', (_situation, paragraphs, notAPerson) => {
    const cast = names(...paragraphs);
    expect(cast).not.toContain(notAPerson);
  });

  it.each([
    ['the analyst of the firm', ['"Exports will erode," said Tom Murtha, analyst at Carlo Benetti and Co.'], 'Tom Murtha'],
    ['the analyst named after the firm', ['"I am not sure," said Gordon Pryce (Securities) Ltd analyst Nick Edwards.'], 'Nick Edwards'],
    ['the director of the work', ['Mike Leigh is up for best director for British film Vera Drake.'], 'Mike Leigh'],
    [
      'the person a work is named after, when its title goes on',
      ['He produced the hit show Jerry Springer - The Opera.', 'Jerry Springer said he would not have written it himself.'],
      'Jerry Springer',
    ],
    [
      'a person a work is named after, when a role shows one',
      ['The BBC showed the drama Tony Blair.', 'Prime Minister Tony Blair did not watch.'],
      'Tony Blair',
    ],
    [
      // Reuters 9026 (1987): the firm carries his middle initial, the person is written without it.
      'the person a firm is named after ("speculator Ivan Boesky" beside "Ivan F. Boesky and Co.")',
      [
        '<Guinness PLC> has joined investors suing former Wall Street speculator Ivan Boesky, alleging it was deceived into putting money into his one billion dlr investment partnership in 1986.',
        'The suit also alleged that the Boesky Corporation, which became a part in the formation of the investment partnership, Ivan F. Boesky and Co., L.P., "had achieved its extraordinary rates of return."',
      ],
      'Ivan Boesky',
    ],
    [
      // BBC politics 151 and 192: "Moazzam" written alone, "Begg" only after "Mr", shared by father and son.
      'a person the story calls by the given name and by "Mr" and surname',
      [
        'Moazzam Begg, Martin Mubanga, Feroz Abbasi and Richard Belmar were held for three years, accused of al-Qaeda links.',
        "Azmat Begg, father of Moazzam, thanked his lawyers and the British people for the support he had received while campaigning for his son's release.",
        'Gareth Peirce, lawyer for Mr Begg, said she was shocked at the condition of the men.',
      ],
      'Moazzam Begg',
    ],
    ['a person played, not a work', ['DiCaprio agreed to play Howard Hughes.', 'Howard Hughes died in 1976.'], 'Howard Hughes'],
  ])('keeps the person beside it: %s', (_situation, paragraphs, person) => {
    expect(names(...paragraphs)).toContain(person);
  });

  it('keeps a person whose surname is a place when a role shows a person, without the place as her alias', () => {
    const cast = castOf('Telecoms ombudsman Lydia Portugal said: "Fraud checks are normal."', 'Sales in Portugal rose.', 'Firms in Portugal agreed.');
    const lydia = cast.find((p) => p.name === 'Lydia Portugal');
    expect(lydia?.aliases).not.toContain('Portugal');
    expect(lydia?.mentions).toBe(1);
  });
});

describe('buildCast: a surname alone means a person only where it is no part of another name', () => {
  it('does not read "Wells" in "Wells Fargo" as Mr Wells', () => {
    const cast = castOf('Mr Wells founded the studio in 1982.', 'The loan came from Wells Fargo last week.', 'Wells said the deal was done.');
    expect(cast.find((p) => p.name === 'Wells')?.mentions).toBe(2);
  });

  it('does not read "Drake" in "Vera Drake" as Nick Drake, yet reads "Kostas Kenteris" as Mr Kenteris, known by his surname alone', () => {
    const cast = castOf('Singer Nick Drake died in 1974.', 'The prize went to Vera Drake star Ines Moll.', 'Drake recorded three albums.');
    expect(cast.find((p) => p.name === 'Nick Drake')?.mentions).toBe(2);
    const single = castOf('Mr Kenteris was cleared.', 'Kostas Kenteris, the sprinter, was cleared.');
    // "the sprinter" makes "Kostas Kenteris" a full name; either way one person, named twice.
    expect(single.filter((p) => p.name.endsWith('Kenteris')).map((p) => p.mentions)).toEqual([2]);
  });

  it('does not read a surname that is also a nationality as the person ("French")', () => {
    const cast = castOf('"The film is a triumph," said critic Philip French.', 'French cinema did well.');
    expect(cast.flatMap((p) => p.aliases)).not.toContain('French');
  });

  it('keeps two people sharing a surname apart, and gives the surname alone to neither', () => {
    const cast = castOf('Anna Baker said the port would open.', 'Tom Baker said it would not.', 'Baker left early.');
    expect(cast.map((p) => [p.name, p.mentions])).toEqual(
      expect.arrayContaining([
        ['Anna Baker', 1],
        ['Tom Baker', 1],
      ]),
    );
    expect(cast.flatMap((p) => p.aliases)).not.toContain('Baker');
  });
});
