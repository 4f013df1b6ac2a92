import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { ask } from '../../../src/core/answer/ask.js';
import { bbc, fixture, wire } from '../../fixtures/read-fixture.js';
import { openWordnetThesaurus } from '../../../src/store/thesaurus/wordnet-thesaurus.js';

describe('ask on hand-made articles', () => {
  const { story } = buildStory([fixture('headline-context'), fixture('header-widgets')]);

  it('lets the headline supply some words of the question, at half weight, when the sentence has one of its own', () => {
    const single = buildStory([fixture('headline-context')]).story;
    const result = ask(single, 'Why was the ferry vote postponed?');
    expect(result.answers.map((a) => a.text)).toContain('Councillors said missing cost estimates forced the postponement.');
  });

  it('does not answer from the headline alone: every passage has a word of the question of its own', () => {
    const result = ask(story, 'ferry contract');
    expect(result.answers.length).toBeGreaterThan(0);
    for (const a of result.answers) expect(a.text).toMatch(/ferry|contract/i);
  });

  it('forgives a one-letter typo in a long word', () => {
    expect(ask(story, 'councilors').answers[0]?.text).toContain('Councillors said');
  });

  it('gives no answer to "how many" when no passage has a number', () => {
    expect(ask(story, 'How many councillors wanted the postponement?').answers).toEqual([]);
  });
});

describe('ask: answers, or the closest passages when nothing answers', () => {
  const { story } = buildStory([fixture('club-membership'), fixture('headline-context')]);

  it('finds a longer word of the question word\'s family (member → membership), and does not search "how long" itself', () => {
    const result = ask(story, 'How long was Olsen a member of the club?');
    expect(result.answers[0]?.text).toContain('It marks the end of her membership of the club after eleven years.');
  });

  it('never offers a headline when a sentence of its article says the same', () => {
    const result = ask(story, 'Why did the harbour club expel its treasurer?');
    expect(result.answers.length).toBeGreaterThan(0);
    for (const a of result.answers) expect(a.text).not.toBe('Harbour club expels its treasurer');
  });

  it('when nothing answers, gives no answers, a hint and at most three related passages, each cited', () => {
    const result = ask(story, 'How much did the outside auditors charge the club?');
    expect(result.answers).toEqual([]);
    expect(result.hint).toMatch(/answers that directly/);
    expect(result.related?.length).toBeGreaterThan(0);
    expect(result.related!.length).toBeLessThanOrEqual(3);
    for (const r of result.related!) {
      const c = r.citations[0]!;
      expect(r.text).toContain(story.byArticle.get(c.article)![c.sentence - 1]!.text);
    }
  });

  it('leaves related out when there are answers', () => {
    const result = ask(story, 'Who is the chairman of the harbour club?');
    expect(result.answers[0]?.text).toContain('Piet de Groot');
    expect(result.related).toBeUndefined();
  });
});

describe('ask: a month the question names and the wire was published in', () => {
  // Reuters, Caesars World (1987), cut down: two extensions of one offer, told on two days.
  const { story } = buildStory([
    { id: 'april', text: 'ACME EXTENDS OFFER AGAIN\n2-APR-1987 10:00:00.00\n\nAcme Corp said it has extended its tender offer for Bolt Inc until April 30.\n' },
    { id: 'march', text: 'ACME EXTENDS OFFER\n5-MAR-1987 10:00:00.00\n\nAcme Corp said it has extended its tender offer for Bolt Inc until May 15.\n' },
  ]);

  it('answers "Until when was the offer extended in March?" from the wire of March, which never writes the month', () => {
    expect(ask(story, 'Until when was the offer extended in March?').answers[0]?.text).toContain('May 15');
  });
});

describe('ask: the words no article mentions', () => {
  const { story } = buildStory([fixture('headline-context')]);

  it('names the nouns the articles lack, not a verb in another form nor a word that says nothing of the topic', () => {
    const hint = ask(story, 'What happened to the zebra they lost?').hint ?? '';
    expect(hint).toContain('None of them mention “zebra”');
    expect(hint).not.toMatch(/"happened"|"lost"/);
  });

  it('does not name the words that ask ("How much money…"), which name the answer’s kind', () => {
    const hint = ask(story, 'How much money did the zebra cost?').hint ?? '';
    expect(hint).toContain('None of them mention “zebra”');
    expect(hint).not.toContain('money');
  });
});

describe('ask: one answer per report', () => {
  const story = buildStory([
    {
      id: 'first',
      text: 'Harbour Holdings makes offer\n\nHarbour Holdings said it offered to buy Ferry Lines Corp for 41.75 dlrs per share in cash.\n\nThe ferry operator had no comment.\n',
    },
    {
      id: 'second',
      text: 'Harbour Holdings raises offer\n\nHarbour Holdings said it raised its offer to buy Ferry Lines Corp to 42.00 dlrs per share in cash.\n\nThe ferry operator had no comment.\n',
    },
    {
      id: 'third',
      text: 'Ferry bid\n\nHarbour Holdings said it offered to buy Ferry Lines Corp for 41.75 dlrs per share in cash, its statement said.\n',
    },
  ]).story;

  it('groups the same report of several articles, but not alike sentences stating other figures', () => {
    const answers = ask(story, 'What did Harbour Holdings offer per share for Ferry Lines?').answers;
    const cited = (figure: string) =>
      answers
        .find((a) => a.text.includes(figure))
        ?.citations.map((c) => c.article)
        .sort();
    expect(cited('41.75')).toEqual(['first', 'third']);
    expect(cited('42.00')).toEqual(['second']);
  });
});

// Reuters headlines of 5 March and 7 April 1987 on the Purolator bid, names changed.
describe('ask: short alike sentences that report opposite things', () => {
  const story = buildStory([
    { id: 'starts', text: 'E.F. HARBOUR <HBR> STARTS FERRYLINE <FLC> BID\n\nHarbour Holdings began its tender offer for Ferryline on Thursday.\n' },
    { id: 'ends', text: 'HARBOUR <HBR> ENDS FERRYLINE <FLC> BID\n\nHarbour Holdings said it ended its tender offer for Ferryline.\n' },
    { id: 'fight', text: 'Ferry fight\n\nUnion leader Marta Quill said the bid was "dead" after the vote.\n' },
    { id: 'vote', text: 'Ferry vote\n\nMr Quill said the bid was "dead" after the vote.\n' },
  ]).story;

  it('are two reports, however many names and tickers they share', () => {
    const answer = ask(story, 'Did Harbour end its Ferryline bid?').answers.find((a) => /ENDS/.test(a.text));
    expect(answer?.citations.map((c) => c.article)).toEqual(['ends']);
  });

  it('are one report when they differ only by a title', () => {
    const answer = ask(story, 'What did Quill say about the bid?').answers[0];
    expect(answer?.citations).toHaveLength(2);
  });
});

describe("ask: a reader's verbs meet the article's", () => {
  const { story } = buildStory([fixture('union-talks'), fixture('club-membership')]);

  it('matches a base form to an irregular past ("meet" / "met", "buy" / "bought")', () => {
    expect(ask(story, 'When did the union leaders meet the board?').answers[0]?.text).toContain('met the operator');
    expect(ask(story, 'What did the operator buy?').answers[0]?.text).toContain('bought two new ferries');
  });

  it('reads a compound the articles write as two words as those two words ("shipowner" / "ship owner")', () => {
    expect(ask(story, 'shipowner').answers[0]?.text).toContain('the largest ship owner on the coast');
  });

  it('answers "who leads" or "who speaks for" with the role the verb makes (president, spokesman)', () => {
    expect(ask(story, 'Who leads the ferry union?').answers[0]?.text).toContain('Union president Mara Lindqvist');
    expect(ask(story, 'Who speaks for the operator?').answers[0]?.text).toContain('A spokesman for the operator, Tomas Berg');
  });
});

describe('ask: what happened, before what was expected', () => {
  it('answers "Who won…?" with the report of the result rather than the prediction before it', () => {
    const { story } = buildStory([
      { id: 'poll', text: 'Harbour poll\n\nMara Lindqvist is favourite to win the harbour board election on Sunday.\n' },
      {
        id: 'result',
        text: 'Harbour result\n\nThe election went ahead on Sunday as planned.\n\nTomas Berg won the harbour board election with 60% of the vote.\n',
      },
    ]);
    expect(ask(story, 'Who won the harbour board election?').answers[0]?.text).toContain('Tomas Berg won');
  });

  it('answers "Has X ever won…?" with what has happened rather than the odds or tips (BBC entertainment)', () => {
    const { story } = buildStory([
      {
        id: 'tips',
        text: 'Aviator tipped for Oscar glory\n\nThe Aviator is also widely tipped to win the best director prize for Martin Scorsese.\n',
      },
      {
        id: 'record',
        text: 'Scorsese eyes Oscar at last\n\nScorsese has never won the best director prize, despite four previous nominations for films including Raging Bull, Goodfellas and Gangs of New York.\n',
      },
    ]);
    expect(ask(story, 'Has Scorsese ever won best director?').answers[0]?.text).toContain('Scorsese has never won');
  });
});

describe('ask: an amount of something the question names', () => {
  const { story } = buildStory([
    {
      id: 'sales',
      text: 'Carmakers report sales\n\nMaserati and Ferrari sell about 10,000 cars a year between them.\n\nFiat is to cut jobs at its Turin plant.\n',
    },
  ]);

  it('is not answered by the amount of another name', () => {
    const result = ask(story, 'How many cars does Fiat sell a year?');
    expect(result.answers).toEqual([]);
    expect(result.related?.map((a) => a.text)).toContain('Maserati and Ferrari sell about 10,000 cars a year between them.');
  });

  it('is answered beside that name', () => {
    expect(ask(story, 'How many cars does Ferrari sell a year?').answers[0]?.text).toContain('10,000 cars');
  });

  it('holds for a place: where something happened to the one the question names', () => {
    const { story: talks } = buildStory([
      { id: 'talks', text: 'Talks\n\nThe ferry firm met its investors in Oslo on Monday.\n\nTomas Berg will meet the investors next week, the firm said.\n' },
    ]);
    expect(ask(talks, 'Where will Berg meet the investors?').answers).toEqual([]);
    expect(ask(talks, 'Where did the ferry firm meet its investors?').answers[0]?.text).toContain('in Oslo');
  });
});

describe('ask: a name no article mentions', () => {
  const { story } = buildStory([
    {
      id: 'launch',
      text: 'Console launch\n\nThe handheld console will go on sale in Japan on 12 December.\n\nIt will reach Europe in March, the maker said.\n',
    },
  ]);

  it('is not answered by a passage about another: the closest passages are offered instead', () => {
    const result = ask(story, 'When will the console go on sale in Australia?');
    expect(result.answers).toEqual([]);
    expect(result.related?.[0]?.text).toContain('go on sale in Japan');
  });

  it('leaves a question about a name the articles do mention answered', () => {
    expect(ask(story, 'When will the console go on sale in Japan?').answers[0]?.text).toContain('go on sale in Japan on 12 December');
  });

  it('treats a year no article mentions as such a name, and one they mention as none', () => {
    const { story: dated } = buildStory([{ id: 'deal', text: 'Carmaker deal\n\nThe carmaker paid $2bn to leave the alliance, agreed in 2000.\n' }]);
    expect(ask(dated, 'How much did the carmaker pay to leave the alliance in 1969?').answers).toEqual([]);
    expect(ask(dated, 'How much did the carmaker pay in 2000?').answers[0]?.text).toContain('paid $2bn');
  });

  it('counts the year an article was published in as mentioned, though its text never writes it', () => {
    const { story: wire } = buildStory([
      { id: 'wire', text: 'CARMAKER PAYS TO LEAVE ALLIANCE\n9-MAR-1987 15:31:34.34\n\nThe carmaker paid 200 mln dlrs to leave the alliance, it said.\n' },
    ]);
    expect(wire.articles[0]?.date?.slice(0, 4)).toBe('1987');
    expect(ask(wire, 'How much did the carmaker pay in 1987?').answers[0]?.text).toContain('paid 200 mln dlrs');
  });
});

describe('ask: the thing a which- or what-question asks for', () => {
  // BBC sport's report of the Greek sprinters' case (bbc/sport), two of its sentences.
  const { story } = buildStory([
    {
      id: 'appeal',
      text: 'IAAF to appeal over Greek sprinters\n\nNow the IAAF will lodge an appeal with the Court of Arbitration for Sport (CAS) and has suspended both athletes.\n\nThe Washington Post reported the IAAF decision on Friday.\n',
    },
  ]);

  it('is not answered when no article mentions such a thing: the closest passages are offered instead', () => {
    const result = ask(story, 'Which CAS judges will hear the IAAF appeal?');
    expect(result.answers).toEqual([]);
    expect(result.related?.[0]?.text).toContain('lodge an appeal');
    expect(result.hint).toContain('None of them mention “judges”');
  });

  it('is answered when the articles mention it, or when a name answers it without saying what it is', () => {
    expect(ask(story, 'Which court will hear the IAAF appeal?').answers[0]?.text).toContain('Court of Arbitration for Sport');
    expect(ask(story, 'Which newspaper reported the IAAF decision?').answers[0]?.text).toContain('Washington Post');
  });
});

describe('ask: a subject the headline names, no sentence having opened on them', () => {
  // BBC sport 021 (2005), its headline and first paragraphs: "Athletics Kenya … issued the ban after Chepkemei…", "said AK chief Isaiah Kiplagat".
  const { story } = buildStory([
    {
      id: 'ban',
      text: 'Chepkemei hit by big ban\n\nKenya\'s athletics body has suspended two-time London Marathon runner-up Susan Chepkemei from all competition until the end of the year.\n\nAthletics Kenya (AK) issued the ban after Chepkemei failed to turn up for a cross country training camp in Embu. "We have banned her from all local and international competitions," said AK chief Isaiah Kiplagat. The 29-year-old finished second to Paula Radcliffe in the 2002 and 2003 London races.\n',
    },
  ]);

  it('marks the headline\'s person on "The 29-year-old…" and answers "How old is Susan Chepkemei?" with it', () => {
    expect(story.sentences.find((s) => s.text.startsWith('The 29-year-old'))!.people).toEqual(['Susan Chepkemei', 'Paula Radcliffe']);
    expect(ask(story, 'How old is Susan Chepkemei?').answers[0]?.text).toContain('The 29-year-old finished second');
  });
});

describe('sentences: a subject named in the sentence before and then by an epithet', () => {
  // BBC sport, the Balco case (2005), cut down: "The Sydney Olympic gold medallist" is Marion Jones, whom
  // "How much money is Jones asking for in her lawsuit?" must reach there.
  const { story } = buildStory([
    {
      id: 'suit',
      text: 'Jones sues Conte\n\nMarion Jones has filed a lawsuit for defamation against Balco boss Victor Conte.\n\nThe Sydney Olympic gold medallist says Conte damaged her reputation and she is seeking $25m (£13m) in the suit.\n\nThe company chairman says the claims are false.\n',
    },
  ]);
  const peopleOf = (start: string) => story.sentences.find((s) => s.text.startsWith(start))!.people;

  it('marks her on the sentence that opens on the epithet', () => {
    expect(peopleOf('The Sydney')).toContain('Marion Jones');
  });

  it('marks no one on a sentence that opens on a post, which another may hold', () => {
    expect(peopleOf('The company chairman')).toEqual([]);
  });
});

describe('ask: a subject named in the sentence before', () => {
  // BBC sport's report of Kelly Holmes's Birmingham 1,000m (bbc/sport), its first three sentences.
  const { story } = buildStory([
    {
      id: 'birmingham',
      text: 'Holmes back on form in Birmingham\n\nDouble Olympic champion Kelly Holmes was back to her best as she comfortably won the 1,000m at the Norwich Union Birmingham Indoor Grand Prix.\n\nThe 34-year-old, running only her second competitive race of the season, shook off the rust to win in two minutes, 35.39 seconds. But she is still undecided about competing in the European Championships in Madrid from 4-6 March.\n',
    },
  ]);

  it('answers "How old is Kelly Holmes?" with "The 34-year-old…", whose subject the sentence before names', () => {
    expect(ask(story, 'How old is Kelly Holmes?').answers[0]?.text).toContain('The 34-year-old, running only her second competitive race');
  });

  it('marks that person on a sentence that opens on the age, not on one where the pronoun comes later', () => {
    const sentence = story.sentences.find((s) => s.text.startsWith('The 34-year-old'))!;
    expect(sentence.people).toEqual(['Kelly Holmes']);
    expect(story.sentences.find((s) => s.text.startsWith('But she'))!.people).toEqual([]);
  });
});

describe('ask: a person named by several words is one thing asked about', () => {
  // BBC sport's reports of Kelly Holmes's 2005 indoor season, seven articles (bbc/sport).
  const { story } = buildStory(['022', '027', '052', '055', '063', '068', '069'].map((id) => bbc('sport', id)));

  it('so a passage that only names her does not cover half of "When will Kelly Holmes retire?"', () => {
    const result = ask(story, 'When will Kelly Holmes retire?');
    expect(result.answers).toEqual([]);
    expect(result.related?.length).toBeGreaterThan(0);
  });

  it('and one that writes her surname alone covers her whole', () => {
    expect(ask(story, 'When will Kelly Holmes make her first track appearance?').answers[0]?.text).toContain("in January's Norwich Union International");
  });

  it('answers "Who is Kelly Holmes?" with a sentence that says what she is, not one that only names her', () => {
    expect(ask(story, 'Who is Kelly Holmes?').answers[0]?.text).toMatch(/^Double Olympic champion Kelly Holmes/);
    expect(ask(story, 'Who is Jolanda Ceplak?').answers[0]?.text).toContain('World Indoor 800m record holder Ceplak said');
  });

  it('answers "How old is Kelly Holmes?" with "The 34-year-old…", whose subject the sentence before names', () => {
    expect(ask(story, 'How old is Kelly Holmes?').answers[0]?.text).toMatch(/^The 34-year-old/);
  });
});

describe('ask: a verb that says little, and a sentence that asks', () => {
  const { story } = buildStory([fixture('ferry-operator'), fixture('club-membership')]);

  it('answers "come out of bankruptcy" with "emerged from bankruptcy": a light verb the answer lacks does not turn it away', () => {
    expect(ask(story, 'When did the company come out of bankruptcy?').answers[0]?.text).toBe(
      'Norland Ferries emerged from bankruptcy protection in 2004 and now runs six ships.',
    );
  });

  it('answers "Has Pennzoil tried to settle…?" with "had offered to settle": "try" says little too (Reuters 16733, 16731)', () => {
    const { story: wires } = buildStory([wire('16733'), wire('16731')]);
    const texts = ask(wires, 'Has Pennzoil tried to settle with Texaco?').answers.map((a) => a.text);
    expect(texts.slice(0, 3).some((t) => t.includes('Pennzoil had offered to settle the dispute'))).toBe(true);
  });

  it('ranks a sentence that tells above one that leaves the asked thing open ("due to announce which constituency", BBC politics 293, 333)', () => {
    const { story: bbcStory } = buildStory([bbc('politics', '293'), bbc('politics', '333')]);
    const texts = ask(bbcStory, 'Which constituency is Kilroy-Silk going to fight at the general election?').answers.map((a) => a.text);
    expect(texts[0]).toBe('Ex-chat show host Robert Kilroy-Silk is to contest the Derbyshire seat of Erewash at the next general election.');
  });

  it('ranks a sentence that tells above one that asks the same words', () => {
    const texts = ask(story, 'Does the Bergen route make money?').answers.map((a) => a.text);
    expect(texts[0]).toBe('The company expects the Bergen route to make money by the end of the year.');
    expect(texts).toContain('Does the Bergen route make money yet?');
  });
});

describe('ask: a role verb that names its body', () => {
  it('does not answer "Who manages Birmingham?" with another club\'s manager, wherever the story names him (BBC sport 187)', () => {
    const { story } = buildStory([
      {
        id: 'bellamy',
        text: [
          'Bellamy rejects Birmingham move',
          '',
          'Newcastle striker Craig Bellamy has rejected a move to Birmingham after falling out with Magpies manager Graeme Souness.',
          'Souness dropped Bellamy for the game against Arsenal.',
          'Souness said the player had told team-mates he would fake an injury.',
        ].join('\n'),
      },
    ]);
    const texts = ask(story, 'Who manages Birmingham?').answers.map((a) => a.text);
    expect(texts.filter((t) => t.includes('Souness'))).toEqual([]);
  });
});

describe('ask on two BBC stories: the Glazer bid, the Belmarsh ruling', () => {
  // BBC business: Malcolm Glazer's bid for Manchester United, six articles.
  const glazerArticles = () => ['179', '209', '224', '229', '242', '293'].map((id) => bbc('business', id));
  const glazer = buildStory(glazerArticles()).story;

  it('answers "Why…?" with a passage that gives a reason, not one that only tells what happened (BBC business: the Glazer bid)', () => {
    expect(ask(glazer, "Why was Glazer's earlier approach turned down by the board?").answers[0]?.text).toBe(
      'Man United had turned down the bid because it was based on a high level of borrowing.',
    );
  });

  it('does not answer "Who are the biggest…?" with the second biggest (BBC business: the Glazer bid)', () => {
    const texts = ask(glazer, 'Who are the biggest shareholders in Manchester United?').answers.map((a) => a.text);
    expect(texts[0]).toContain('JP McManus and John Magnier own 29% of United');
    expect(texts.some((t) => t.includes('second biggest shareholders'))).toBe(false);
  });

  it("judges a passage's kind by its own sentence: a figure in the sentence before is not its answer (BBC business: the Glazer bid)", () => {
    expect(ask(glazer, 'What percentage of the club do McManus and Magnier hold?').answers[0]?.text).toContain('who own a 29% stake in Manchester United');
  });

  it('answers "Who is heading…?" with a passive that names the doer ("is being led by Mr Glazer\'s two sons"; WordNet: heading is leading)', () => {
    const withThesaurus = buildStory(glazerArticles(), {}, { thesaurus: openWordnetThesaurus() }).story;
    expect(ask(withThesaurus, 'Who is heading the latest Glazer approach?').answers[0]?.text).toContain("is being led by Mr Glazer's two sons");
  });

  it('answers "Who advised…?" only with a passage that tells the advising, not one that names the family asked about', () => {
    const withThesaurus = buildStory(glazerArticles(), {}, { thesaurus: openWordnetThesaurus() }).story;
    const answers = ask(withThesaurus, 'Who advised the Glazer family?').answers;
    expect(answers[0]?.text).toContain('NM Rothschild, the investment bank, is advising Mr Glazer');
    expect(answers.some((a) => a.text.includes('hold a 28.1% stake'))).toBe(false);
  });

  it('answers an amount about what an article opens on from a sentence that calls it "The film" (BBC entertainment 371)', () => {
    const { story: wasp } = buildStory([bbc('entertainment', '371')]);
    expect(ask(wasp, 'How many awards had Wasp already won?').answers[0]?.text).toContain('The film has already won over 30 other international awards');
  });

  it('answers an amount of a year the question names with a sentence of that year, not the next one (Reuters 1860)', () => {
    const { story: allis } = buildStory([wire('1860')]);
    expect(ask(allis, 'How much money did Allis-Chalmers lose in 1986?').answers[0]?.text).toContain('in 1986 reported a net loss of 8.6 mln dlrs');
    expect(ask(allis, 'How much money did Allis-Chalmers lose in 1985?').answers[0]?.text).toContain('In 1985, the company lost 168.4 mln dlrs');
    // The sentence after 1986's names 1985: it is no answer for 1984.
    expect(ask(allis, 'How much money did Allis-Chalmers lose in 1984?').answers).toEqual([]);
  });

  it('answers "Who handed her the Oscar?" with the sentence that tells her receiving it (BBC entertainment 371)', () => {
    const { story: wasp } = buildStory([bbc('entertainment', '371')], {}, { thesaurus: openWordnetThesaurus() });
    expect(ask(wasp, 'Who handed Andrea Arnold her Oscar?').answers[0]?.text).toContain('after receiving her Oscar from actor Jeremy Irons');
  });

  it('answers an amount about a place in a sentence that names it by a synonym ("people in the UK" for Britain; BBC politics 378, 384)', () => {
    const { story: terror } = buildStory([bbc('politics', '378'), bbc('politics', '384')], {}, { thesaurus: openWordnetThesaurus() });
    expect(ask(terror, 'How many people does Blair say are plotting attacks in Britain?').answers[0]?.text).toContain(
      '"several hundred" people in the UK are plotting terror attacks',
    );
  });

  it("answers what a body's analyst said with the quotes of the one the story gives a post there (BBC tech 300: Gartner's Brian Gammage)", () => {
    const { story: mac } = buildStory([bbc('tech', '300')], {}, { thesaurus: openWordnetThesaurus() });
    const answers = ask(mac, "What does Gartner's analyst say has happened to Apple's market share over the years?").answers.map((a) => a.text);
    expect(answers.slice(0, 3).some((a) => a.includes('its market share has been on a long, slow decline'))).toBe(true);
  });

  it('gives no past date to "When will…?", and still dates what was done (BBC tech 044, 355: Apple and the leaked Asteroid)', () => {
    const { story: leaks } = buildStory([bbc('tech', '044'), bbc('tech', '355')], {}, { thesaurus: openWordnetThesaurus() });
    const ahead = ask(leaks, 'When will Apple release the Asteroid product?');
    expect(ahead.answers).toEqual([]);
    expect(ahead.related?.[0]?.text).toContain('launched in December 2004');
    expect(ask(leaks, 'When was the bid to unmask the leakers launched?').answers[0]?.text).toContain('launched in December 2004');
  });

  it('gives no sum to "How much was he paid…?" from passages that tell no payment, only other sums (BBC business 465, 087)', () => {
    const { story: worldcom } = buildStory([bbc('business', '465'), bbc('business', '087')], {}, { thesaurus: openWordnetThesaurus() });
    const result = ask(worldcom, 'How much was Ebbers paid as WorldCom chief executive?');
    expect(result.answers).toEqual([]);
    expect(result.related?.length).toBeGreaterThan(0);
    // A sum the question asks of a happening the passage does tell is still answered.
    expect(ask(worldcom, 'How much was the fraud worth?').answers[0]?.text).toContain('$11bn');
  });

  it('shows the best-ranked passages beside a confident answer even where their own coverage falls short (BBC politics 237, 293)', () => {
    const { story: veritas } = buildStory([bbc('politics', '237'), bbc('politics', '293')], {}, { thesaurus: openWordnetThesaurus() });
    const answers = ask(veritas, 'How does Veritas describe its approach to immigration?').answers.map((a) => a.text);
    expect(answers[0]).toContain('The Veritas leader said');
    // Shares only "immigration" with the question, yet is the passage a reader wants.
    expect(answers.slice(1).some((a) => a.includes('promised a "firm but fair" policy on immigration'))).toBe(true);
  });
});

describe('ask: an outcome is not told by the announcement of its event', () => {
  // BBC politics 010 (the super-casinos vote), its headline and first paragraphs.
  const text = [
    'Crucial decision on super-casinos',
    '',
    'A decision on whether to allow Westminster to legislate on super-casinos is set to be made by the Scottish Parliament.',
    '',
    'The government has plans for up to eight Las Vegas style resorts in the UK, one of which is likely to be in Glasgow. The vote is due to be taken on Wednesday and is expected to be close.',
  ].join('\n');
  const { story } = buildStory([{ id: 'politics/010', text }]);

  it('gives no answer to "What was the result…?" from a passage that says the decision is still to be made', () => {
    const result = ask(story, 'What was the result of the Scottish Parliament vote on super-casinos?');
    expect(result.answers).toEqual([]);
    expect(result.related?.[0]?.text).toContain('is set to be made by the Scottish Parliament');
  });

  it('still answers what the announcement tells: when the vote is', () => {
    expect(ask(story, 'When will the Scottish Parliament vote on super-casinos?').answers[0]?.text).toContain('due to be taken on Wednesday');
  });
});

describe('ask: a quoted sentence is about what its article opens on', () => {
  // BBC entertainment 372 (the 2005 Oscars), its headline, first sentence and Eastwood's quote.
  const text = [
    "Eastwood's Baby scoops top Oscars",
    '',
    "Clint Eastwood's Million Dollar Baby beat Martin Scorsese's The Aviator to the top awards at the Oscars on Sunday.",
    '',
    'Instead, Eastwood took his second Oscar for best director after winning for Unforgiven in 1993. "It was a wonderful adventure," Eastwood said. "To make a picture in 37 days, it takes a well oiled machine. I am lucky to be here and lucky to be still working."',
  ].join('\n');
  const { story } = buildStory([{ id: 'entertainment/372', text }]);

  it('answers an amount about the film the article opens on from a quote that calls it "a picture"', () => {
    expect(ask(story, 'How many days did it take to make Million Dollar Baby?').answers[0]?.text).toContain('To make a picture in 37 days');
  });
});

describe('ask: an amount is of what its sentence prices, not of what it is compared with', () => {
  // BBC tech 359 (the Gizmondo's launch): its headline, opening and two paragraphs.
  const text = [
    'Gizmondo gadget hits the shelves',
    '',
    'The Gizmondo combined media player, phone and gaming gadget goes on sale on Saturday.',
    '',
    'Priced at £229, the handheld device is debuting in the UK and goes on sale in the US and mainland Europe in the next few weeks.',
    '',
    "The main competition is likely to come from Nintendo and Sony. Nintendo's DS handheld went on sale on 11 March and priced at £99 costs far less than the Gizmondo.",
  ].join('\n');
  const { story } = buildStory([{ id: 'tech/359', text }]);

  it('answers a search in keywords that opens on a name ("Gizmondo price") with its price, not the DS\'s', () => {
    expect(ask(story, 'Gizmondo price').answers[0]?.text).toContain('Priced at £229');
  });
});
