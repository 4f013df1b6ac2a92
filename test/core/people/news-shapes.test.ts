import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/core/people/find-name-mentions.js';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('Business news');
const names = namesUnder('Business news');

describe('people: a person named after a word only a person is', () => {
  // BBC business 160 and 027; Reuters 8076 (1987).
  it.each([
    [
      'Fiat patriarch',
      'German-US car firm DaimlerChrysler had been willing to buy the firm, but Fiat patriarch Gianni Agnelli did not want to give up control.',
      'Gianni Agnelli',
    ],
    ['tycoon', 'Shares in Manchester United rose after US tycoon Malcolm Glazer raised his stake.', 'Malcolm Glazer'],
    ['billionaire', 'The fund was founded by billionaire George Soros in 1969.', 'George Soros'],
    // BBC sport 045; Reuters 14635 (1987).
    [
      'champion',
      "Britain's former European 100m champion Dwain Chambers is currently serving a two-year ban after testing positive for THG in an out-of-competition test in 2003.",
      'Dwain Chambers',
    ],
    [
      'politician',
      'The college chose Tancredo Neves, a popular politician who headed the Brazilian Democratic Movement Party (PMDB), which had opposed military rule.',
      'Tancredo Neves',
    ],
  ])('finds the person after "%s"', (role, sentence, name) => {
    const person = castOf(sentence).find((p) => p.name === name);
    expect(person?.roles.join(' ')).toContain(role.split(' ').at(-1));
  });
});

describe('people: firms, banks and bodies named like people', () => {
  it.each([
    ['a drug firm ("GW Pharma")', 'A few weeks ago, shares in GW Pharma lost a third of their value after a setback in the UK.'],
    ['a drug firm ("GW Pharma") before a role', '"We expect approval in Canada," said GW Pharma executive chairman Dr Geoffrey Guy.'],
    ['a bank in French (Reuters 5424)', 'The 600,000 bonds carry warrants at an issue price of 96.42 pct, lead manager Banque Nationale de Paris said.'],
    ['a bank in French (Reuters 14898)', 'The bonds are priced at 101 pct, lead manager Credit Suisse said.'],
    [
      'a charity ("Christian Aid")',
      'While the current MFA was not perfect, its did allow Third World countries like Bangladesh to get onto the first rung of industrial development, Christian Aid said.',
    ],
    ['a lecture named after a person', 'He made the remarks in the Adam Smith Lecture in Kirkcaldy.'],
  ])('lists no person for %s', (_what, sentence) => {
    expect(names(sentence).filter((n) => /Pharma|Banque|Suisse|Aid|Lecture/.test(n))).toEqual([]);
  });

  // Reuters 17574 (1987).
  it('lists no person for a firm named by its trade ("British Printing")', () => {
    const cast = names(
      "Publisher Robert Maxwell's British Printing and Communicaton Corp PLC said it filed a lawsuit in U.S. district court against Harcourt Brace Jovanovich Inc.",
      'British Printing last week withdrew its 44 dlr per share, or two billion dlr offer for Harcourt because of the recapitalizaton plan.',
      'British Printing said it filed the suit after consultation with its advisers.',
    );
    expect(cast).toContain('Robert Maxwell');
    expect(cast.filter((n) => /Printing/.test(n))).toEqual([]);
  });
});

describe('people: a role too generic to stand for the person alone', () => {
  // BBC business 119 and BBC tech (2004-05).
  it('gives no alias "the officer" to a chief operations officer', () => {
    const kearney = castOf(
      'The airline named chief executive Willie Walsh, chief financial officer Brian Dunne and chief operations officer Seamus Kearney.',
    ).find((p) => p.name === 'Seamus Kearney');
    expect(kearney!.aliases).not.toContain('the officer');
  });

  it('keeps an alias of a role that names one post ("the senator")', () => {
    const kerry = castOf('Senator John Kerry said the deficit would grow.', 'The senator spoke in Boston.').find((p) => p.name === 'John Kerry');
    expect(kerry!.aliases).toContain('the senator');
  });
});

describe('people: names written with hyphens', () => {
  // BBC politics 111 and 267 (2004-05).
  it('reads a double-barrelled surname whole, and as one person when once written with a space', () => {
    const cast = castOf(
      'Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk has said he wants to "change the face of British politics".',
      '"Robert Kilroy Silk is not a team player - it is a good idea our party stands for some thing and not some one."',
      'Mr Kilroy-Silk said the party would fight every seat.',
    );
    expect(cast.map((p) => p.name)).toEqual(['Robert Kilroy-Silk']);
    expect(cast[0]!.aliases).toContain('Robert Kilroy Silk');
    expect(cast[0]!.aliases).not.toContain('Silk');
  });

  it('reads given names joined by a hyphen whole ("Eberhard-Rainer Luckey", Reuters 1498)', () => {
    expect(names('The bank is expanding its distribution of financial services, management board member Eberhard-Rainer Luckey said.')).toEqual([
      'Eberhard-Rainer Luckey',
    ]);
  });

  it('makes no person of a name made an adjective ("a George Bush-style tax cut")', () => {
    expect(names('Labour accused the Tories of planning a George Bush-style tax cut for the rich, Gordon Brown said.')).not.toContain('George Bush-style');
  });
});

describe('people: words written before a name that are not part of it', () => {
  it.each([
    ['a nationality (Reuters 18512)', 'Their chairman, Belgian Paul de Keersmaeker, told a press conference the talks would go on.', 'Paul de Keersmaeker'],
    ['where someone was born (BBC entertainment)', "The video was directed by Dutch-born Anton Corbijn, who also made the band's first film.", 'Anton Corbijn'],
    [
      'a job ("Solicitor", BBC politics 151)',
      'Solicitor Gareth Pierce, who represents eight of the detainees, claimed the detention had driven four of the detainees to "madness", saying two were being held in Broadmoor hospital.',
      'Gareth Pierce',
    ],
  ])('leaves out %s', (_what, sentence, name) => {
    expect(names(sentence)).toContain(name);
  });

  it('keeps a given name that is also a nationality ("German Gref")', () => {
    expect(names('Russian economy minister German Gref said the deal was fair.')).toContain('German Gref');
  });
});

describe('people: royals and knights known by one name', () => {
  // BBC politics 104, 120 and 303 (2004-05).
  it('finds "Prince Charles" though another Charles is named in full, and gives "the prince" to no one of two princes', () => {
    const cast = castOf(
      'Home Secretary Charles Clarke said the law would change.',
      'The Archbishop of Canterbury said: "I am pleased that Prince Charles and Mrs Camilla Parker Bowles have decided to take this important step."',
      'Charles said he and his wife-to-be were "absolutely delighted".',
      '"There is a reservoir of goodwill for Prince Harry, and Prince William with him, in this country, but I think he needs to remember that it can run out," he said.',
    );
    const charles = cast.find((p) => p.name === 'Charles');
    expect(charles).toMatchObject({ roles: ['Prince'], mentions: 2 });
    expect(cast.filter((p) => p.roles.includes('Prince')).map((p) => p.name)).toEqual(expect.arrayContaining(['Harry', 'William']));
    expect(cast.flatMap((p) => p.aliases)).not.toContain('the prince');
  });

  it('gives "Sir Edward" to no king of the same given name', () => {
    const cast = castOf(
      'It was set up in 1337 by King Edward III to provide income for successive heirs to the throne.',
      'Sir Edward had gone to the country for a fresh mandate amid the spiralling economic crisis.',
      'Edward Heath met Jeremy Thorpe at Downing Street.',
    );
    expect(cast.find((p) => p.roles.includes('King'))).toBeUndefined();
  });

  it('reads a knight\'s name of four words whole ("Sir Anthony John Charles Meyer", BBC politics 308)', () => {
    const found = findNameMentions('Sir Anthony John Charles Meyer was born on 27 October, 1920.').map((m) => m.name);
    expect(found).toEqual(['Anthony John Charles Meyer']);
  });
});

describe('people: firms named after their founders, written as firms', () => {
  // BBC business (2004-05) and BBC tech 219 and 155.
  it.each([
    ['a firm after the kind of firm it is', 'Meanwhile, drugs group Eli Lilly is planning a campaign against "false" claims, its chairman said.', 'Eli Lilly'],
    [
      'a firm in a list of companies',
      'In recent months companies such as Adam Opel - the German arm of US carmaker General Motors - have cut jobs, the union said.',
      'Adam Opel',
    ],
    ['a brand in a list of brands', 'Inbev brands include Bass, Stella Artois, Hoegaarden and Staropramen, the brewer said.', 'Stella Artois'],
    ['a firm whose shares trade', 'Laura Ashley shares rose 5% after the results, the retailer said.', 'Laura Ashley'],
  ])('lists no person for %s', (_what, sentence, firm) => {
    expect(names(sentence)).not.toContain(firm);
  });

  it('keeps a person named after an acronym firm ("aerospace group EADS Philippe Camus")', () => {
    expect(
      names('The French co-head of European defence and aerospace group EADS Philippe Camus is to leave his post, he said.', 'Mr Camus said so.'),
    ).toContain('Philippe Camus');
  });

  it('gives no surname alias that the story writes as a firm ("film giant Disney")', () => {
    const walt = castOf(
      'The park was opened by Walt Disney in 1955, the company said.',
      "Film giant Disney says it will produce its future DVDs using Sony's Blu-ray Disc technology.",
    ).find((p) => p.name === 'Walt Disney');
    expect(walt?.aliases ?? []).not.toContain('Disney');
  });
});

describe('people: a name whose given name is unknown, shown by the job set off after it', () => {
  // BBC business and politics (2004-05).
  it.each([
    ['"That gives them some head room to invest in growth now," said Hannes Wittig, telecoms analyst at Dresdner Kleinwort Wasserstein.', 'Hannes Wittig'],
    ['"We want these men to be returned into the arms of their waiting family," said Iqbal Sacranie, secretary general of the council.', 'Iqbal Sacranie'],
    [
      '"I think it makes it much more difficult to settle," said Baine Kerr, Pennzoil\'s retired president who has acted as the company\'s chief negotiator in the Texaco litigation.',
      'Baine Kerr',
    ],
  ])('finds the speaker of %s', (sentence, name) => {
    expect(names(sentence)).toContain(name);
  });

  it('reads no verb after a comma as a job ("directed by Jean-Pierre Jeunet, received best actress … nominations")', () => {
    const jeunet = castOf('The film, directed by Jean-Pierre Jeunet, received best actress, picture and director nominations.').find((p) =>
      p.name.endsWith('Jeunet'),
    );
    expect(jeunet?.roles ?? []).toEqual([]);
  });
});

describe('people: a surname that is a title', () => {
  // BBC business (2004-05).
  it('finds "Mervyn King", with no bare "King" alias for a king', () => {
    const cast = castOf(
      'Last month, Bank of England governor Mervyn King said that the economy had hit a "softer patch".',
      'Mr King said rates would stay on hold.',
      'King Abdullah visited the bank.',
    );
    const king = cast.find((p) => p.name === 'Mervyn King');
    expect(king!.aliases).toContain('Mr King');
    expect(king!.aliases).not.toContain('King');
    expect(king!.mentions).toBe(2);
  });

  it('makes no surname of a royal title ("Mary Queen of Scots") or a trade ("Mitchell Energy")', () => {
    expect(names('"It was a play about Mary Queen of Scots," she said.', '"Mitchell Energy said profits rose," he said.')).toEqual([]);
  });
});

describe('people: a word before the office that changes whose office it is', () => {
  // BBC politics 095 and 218: the story's "the chancellor" is Gordon Brown, not the shadow chancellor.
  it.each([
    [
      'shadow',
      'Tory shadow chancellor Oliver Letwin said: "The battle Royal that the top civil servants are now reporting on is preventing them both from getting on with the business."',
      'Oliver Letwin',
      'Tory shadow chancellor',
    ],
    [
      'welfare',
      'Former welfare minister Frank Field MP said the prime minister should sack Mr Brown, but did not believe Mr Blair was strong enough to do so.',
      'Frank Field',
      'former welfare minister',
    ],
  ])('keeps "%s" in the role', (_word, sentence, name, role) => {
    expect(castOf(sentence).find((p) => p.name === name)?.roles).toEqual([role]);
  });
});

describe('people: a Spanish or Portuguese name goes by its first surname alone', () => {
  // Reuters 9096 (1987).
  it('reads "Teixeira" as Anibal Teixeira de Souza', () => {
    const cast = castOf(
      "Brazil's new planning minister is Anibal Teixeira de Souza, the former head of a national welfare program, the government said.",
      'Teixeira replaces economist Joao Sayad, who last week became the latest victim of the turmoil in Brasilia over government economic policy.',
    );
    const person = cast.find((p) => p.name === 'Anibal Teixeira de Souza');
    expect(person?.aliases).toContain('Teixeira');
    expect(person?.mentions).toBe(2);
    expect(cast.map((p) => p.name)).not.toContain('Teixeira');
  });
});

describe('people: a band named like a person', () => {
  // BBC entertainment 253.
  it('lists no person for a band written after where it comes from ("Glasgow group Franz Ferdinand")', () => {
    const cast = names(
      'Glasgow group Franz Ferdinand won two prizes, as did Keane and Joss Stone, who was voted best urban act by digital TV viewers.',
      'Franz Ferdinand, who were shortlisted in five categories, won best rock act and best British group, an award they dedicated to late DJ John Peel.',
    );
    expect(cast).not.toContain('Franz Ferdinand');
    expect(cast).toContain('John Peel');
  });
});

describe('people: an honorific inside a run of capitals opens the name', () => {
  // BBC politics 417: "Speaking in Harrogate Mr Kennedy said: …".
  it('reads "Speaking in Harrogate Mr Kennedy said" as Kennedy, not a person "Harrogate Mr Kennedy"', () => {
    const cast = names(
      "Liberal Democrat leader Charles Kennedy has set out his party's plans.",
      'Speaking in Harrogate Mr Kennedy said: "People want a credible, principled political party."',
    );
    expect(cast).toContain('Charles Kennedy');
    expect(cast.filter((n) => /Harrogate/.test(n))).toEqual([]);
  });
});

describe("people: a surname that is an honorific's word", () => {
  // Reuters 4951 (1987).
  it('keeps "John Lord, a Mobil Corp spokesman" whole', () => {
    expect(names('"We have no plans to sell the assets," said John Lord, a Mobil Corp spokesman.')).toContain('John Lord');
  });
});
