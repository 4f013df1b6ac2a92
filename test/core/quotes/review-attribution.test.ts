import { describe, expect, it } from 'vitest';
import { attributedQuotes } from '../../support/attributed-quotes.js';

/** [quote, speaker] of one article given as its headline and body. */
const quotesOf = (headline: string, body: string) => attributedQuotes('review', `${headline}\n\n${body}\n`);

describe('extractQuotes: a name and its description with no comma before the cue', () => {
  it('gives the quote to the name, not to the description (BBC business 171 and 279, 2005)', () => {
    const quotes = quotesOf(
      'Deutsche Boerse boosts dividend',
      '"There is a whiff of a sweetener in there," Anais Faraj, an analyst at Nomura told the BBC\'s World Business Report. ' +
        "Local government officials in Frankfurt's state of Hessen have also spoken out against the move. " +
        '"It is our wish that the headquarters stay here to maintain Frankfurt\'s standing," Alois Rhiel, its minister for economic affairs added.',
    );
    expect(quotes).toContainEqual(['There is a whiff of a sweetener in there,', 'Anais Faraj']);
    expect(quotes).toContainEqual(["It is our wish that the headquarters stay here to maintain Frankfurt's standing,", 'Alois Rhiel']);
  });
});

describe('extractQuotes: "it said" after a body whose name reads like a person\'s', () => {
  it('gives the quote to Deutsche Boerse, which spoke last, not to TCI before it (BBC business 454, 2005)', () => {
    const quotes = quotesOf(
      "LSE doubts boost bidders' shares",
      'The Deutsche Boerse was prepared to pay for the LSE "exceeds the potential benefits of this acquisition", said TCI. ' +
        "Deutsche Boerse said TCI's opposition would not change its bid approach. " +
        '"Deutsche Boerse is convinced that its contemplated cash acquisition of the London Stock Exchange is in the best interests of its shareholders and the company," it said.',
    );
    expect(quotes.at(-1)).toEqual([
      'Deutsche Boerse is convinced that its contemplated cash acquisition of the London Stock Exchange is in the best interests of its shareholders and the company,',
      'Deutsche Boerse',
    ]);
  });
});

describe('extractQuotes: someone brought in by an indefinite article, whatever the noun', () => {
  it('gives the quote to "a union leader" (Reuters 2971, 1987)', () => {
    const quotes = quotesOf(
      'BRAZIL SEAMEN CONTINUE STRIKE AFTER COURT DECISION',
      'Hundreds of marines were on alert at 11 key Brazilian ports after 40,000 seamen decided to remain on indefinite strike, union leaders said. ' +
        '"We have nothing to lose. If they want to lay off the workers, fine, but we are determined to carry on with our protest until the end," a union leader said.',
    );
    expect(quotes.at(-1)?.[1]).toBe('a union leader');
  });

  it('gives the quote and the one after it to "a striking seaman" (Reuters 3329, 1987)', () => {
    const quotes = quotesOf(
      "SEAMAN'S STRIKE CONTINUES, MARINES UNLOAD SHIPS",
      'Shipowners have offered a 100 pct raise, which the seamen rejected. ' +
        '"Television reported that the port was operating at full speed, but that\'s not true," a striking seaman told Reuters. ' +
        '"The marines are doing their best, but they don\'t have the manpower nor the experience to control the situation in such a quick period," he said.',
    );
    expect(quotes.map((q) => q[1])).toEqual(['a striking seaman', 'a striking seaman']);
  });

  it('does not take a share of a number for a speaker ("A third of the 2,000 broadband users …", BBC tech 021)', () => {
    const quotes = quotesOf(
      'Broadband users fed up',
      'A third of the 2,000 broadband users interviewed were fed up with their current providers but this could be just the tip of the iceberg thinks Tim Danton, editor of PC Pro Magazine. ' +
        '"We expect these figures to leap in 2005," he said.',
    );
    expect(quotes[0]?.[1]).not.toMatch(/third/);
  });

  it('still gives a quote to the name before two descriptions in a row (Reuters 16926, 1987)', () => {
    const quotes = quotesOf(
      'JAPANESE TARIFFS SEEN AS WORLDWIDE WARNING',
      'But Robert Crandall, a trade specialist at Brookings Institution, a think tank, said "a shot across their bow can often result in a shot in our stern."',
    );
    expect(quotes[0]?.[1]).toBe('Robert Crandall');
  });
});

describe("extractQuotes: an outlet that passes on a source's words", () => {
  it('gives the quote to the source an outlet "reports … as saying", not to the outlet (BBC business 264, 2005)', () => {
    const quotes = quotesOf(
      'French suitor holds LSE meeting',
      '"The works council has expressed concerns that the equities and derivatives trade could be managed from London in the future," Reuters news agency reports a union source as saying.',
    );
    expect(quotes[0]?.[1]).toBe('a union source');
  });
});

describe('extractQuotes: a cue joined to an earlier one by "but" or "and"', () => {
  it('gives "…, but added that: "…"" to the subject of the first cue (BBC business 279, 2005)', () => {
    const quotes = quotesOf(
      'German bidder in talks with LSE',
      'In a statement on Thursday, Euronext said any offer was likely to be solely in cash, but added that: "There can be no assurances at this stage that any offer will be made."',
    );
    expect(quotes[0]?.[1]).toBe('Euronext');
  });
});

describe('extractQuotes: a surname that opens on a particle', () => {
  it('gives "…," dos Santos said to Orlando dos Santos, named earlier (Reuters 4061, 1987)', () => {
    const quotes = quotesOf(
      'STRIKING BRAZIL SEAMEN THREATEN MASS RESIGNATION',
      'One of their leaders, Orlando dos Santos, told Reuters that most of the 1,100 seamen in the port offered their resignations on Wednesday. ' +
        '"Brazil\'s seamen are the second worst paid in the world, after Ghana\'s," dos Santos said.',
    );
    expect(quotes[0]?.[1]).toBe('Orlando dos Santos');
  });
});

describe('extractQuotes: what a notice or an advertisement "read"', () => {
  it('gives the words an advertisement "read" to whom it was placed by (Reuters 4061, 1987)', () => {
    const quotes = quotesOf(
      'STRIKING BRAZIL SEAMEN THREATEN MASS RESIGNATION',
      'An advertisement placed in the newspapers by the Shipowners Association read, "The seamen\'s strike is illegal, irrational and unpatriotic."',
    );
    expect(quotes[0]?.[1]).toBe('Shipowners Association');
  });
});

describe('extractQuotes: an exchange as a speaker, and a time before the subject', () => {
  it('gives the words to "the German exchange" that said them, not to nobody (BBC business 264, 2005)', () => {
    const quotes = quotesOf(
      'French suitor holds LSE meeting',
      'The German exchange said it had held "constructive, professional and friendly" talks with the LSE.',
    );
    expect(quotes[0]?.[1]).toBe('the German exchange');
  });

  it('reads the subject after "Last week" with no comma (BBC business 316, 2005)', () => {
    const quotes = quotesOf(
      "Euronext 'poised to make LSE bid'",
      'The LSE, which saw its shares rise 25%, said the bid undervalued the business. ' +
        'Last week the LSE said not only was the bid undervalued, but that it had "been advised that there can be no assurance that any transaction could be successfully implemented".',
    );
    expect(quotes.find((q) => q[0].startsWith('been advised'))?.[1]).toBe('LSE');
  });
});

describe('extractQuotes: "quoted X complaining"', () => {
  it('gives a quoted term to the source an outlet quoted complaining (BBC business 454, 2005)', () => {
    const quotes = quotesOf(
      "LSE doubts boost bidders' shares",
      'The Financial Times also reported a third Deutsche Boerse shareholder as opposed to the deal. ' +
        'It quoted a spokesman for US-based hedge fund Atticus Capital complaining that the planned takeover appeared to be motivated by "empire-building" rather than the best interests of shareholders.',
    );
    expect(quotes).toContainEqual(['empire-building', 'a spokesman for US-based hedge fund Atticus Capital']);
  });
});

describe('extractQuotes: the last two words of a name of three', () => {
  it('gives "…," Rubens Habbema said to Murilo Rubens Habbema, named in full earlier (Reuters 2326, 1987)', () => {
    const quotes = quotesOf(
      'STRIKING BRAZILIAN SEAMEN HOLD PAY TALKS',
      "The head of the National Merchant Marine Authority, Murilo Rubens Habbema, was quoted in today's Gazeta Mercantil newspaper as saying that if the strike continued foreign ships could be authorized to transport Brazilian exports. " +
        '"But even using foreign ships we must not forget that we are going to lose foreign exchange paying freight charges abroad, and all this through the fault of the seamen," Rubens Habbema said.',
    );
    expect(quotes[0]?.[1]).toBe('Murilo Rubens Habbema');
  });
});

describe('extractQuotes: "X said it hopes …" and a time before the subject', () => {
  it('gives the words to Cyacq, whose "it" it is, not to Dixon that spoke before (Reuters 7977, 1987)', () => {
    const quotes = quotesOf(
      'CYACQ RAISES CYCLOPS BID',
      "On Wednesday Dixon said it had bought 54 pct of Cyclops' 4.3 mln shares outstanding. " +
        'Earlier today, however, the Securities and Exchange Commisssion ordered Dixons to extend its tender offer until March 24. ' +
        'Cyacq said it hopes Cyclops shareholders "will withdraw previously tendered shares from Dixons\' tender offer to take advantage of Cyacq\'s higher offer."',
    );
    expect(quotes[0]?.[1]).toBe('Cyacq');
  });
});

describe('extractQuotes: a thing brought in by an indefinite article is no speaker', () => {
  it('does not take "an eventual oil import fee" for a speaker (Reuters 6125, 1987)', () => {
    const quotes = quotesOf(
      'U.S OIL TAX WOULD NOT AFFECT PDVSA-CHAMPLIN DEAL',
      "an eventual oil import fee in the united states will make no difference to champlin petroleum corp's joint venture agreement signed today with petroleos de venezuela (pdvsa), champlin chairman william adams said. " +
        '"this was an aspect which was discussed at length during the negotiations, but we can say our contract covers all eventualities in this regard," he told reuters during the signing ceremony here.',
    );
    expect(quotes[0]?.[1] ?? '').not.toMatch(/fee/);
  });
});

describe('extractQuotes: "the X economist" after a speaker whose role names X', () => {
  it('is the speaker the role ends in the employer of (Reuters 2521, 1987)', () => {
    const quotes = quotesOf(
      'Brazil exports',
      '"There is no way they can trade their way out of this situation," Aldo Roldan, Vice President for International Services at Chase Econometrics, said.\n\n' +
        '"Domestic costs have increased," Roldan said.\n\n' +
        'The Chase economist also said commodities markets were depressed.\n\n' +
        'But he added: "They are always pretty aggressive."',
    );
    expect(quotes.at(-1)).toEqual(['They are always pretty aggressive.', 'Aldo Roldan']);
  });

  it('is not a speaker whose role ends in another job (a White House spokesman is no White House aide)', () => {
    const quotes = quotesOf(
      'Arms sales',
      '"We will look at it," White House spokesman Marlin Fitzwater said. ' + 'The White House aide said, "it was not done to appease Congress."',
    );
    expect(quotes.at(-1)?.[1]).not.toBe('Marlin Fitzwater');
  });
});

describe('extractQuotes: a clause a conjunction opens has its own subject', () => {
  it('is the spokesman of "X would not comment, and a spokesman for Y called…" (Reuters 15149, 1987)', () => {
    const quotes = quotesOf(
      'Burlington stake',
      'Shares rose on speculation that investor Asher Edelman and Dominion Textiles Inc bought a stake. ' +
        'Edelman would not comment, and a spokesman for Montreal-based Dominion called the report just "rumors."',
    );
    expect(quotes.at(-1)).toEqual(['rumors.', 'a spokesman for Montreal-based Dominion']);
  });
});

describe('extractQuotes: a wire that drops the comma before a name and its cue', () => {
  it('hands the quote to the name (Reuters, Viacom, 1987)', () => {
    const quotes = quotesOf(
      'Viacom bid won',
      '"We\'ve had counsel working for some time in every region where Viacom has cable television systems" Redstone told Reuters.',
    );
    expect(quotes[0]?.[1]).toBe('Redstone');
  });

  it('leaves a nickname or a phrase asked about to no one', () => {
    const quotes = quotesOf('Guitarist leaves band', "Brian 'Head' Welch told a radio station in California that his bandmates respected his decision.");
    expect(quotes.filter(([, speaker]) => speaker !== null)).toEqual([]);
  });
});

describe('extractQuotes: "he said" after quotes that run on with no speaker', () => {
  it('gives the quotes to the one the sentence before them is about, not to an earlier speaker (BBC politics 134, 2005)', () => {
    const quotes = quotesOf(
      'Ban on hunting comes into force',
      'Chief police officers spokesman Nigel Yeo said he expected most people would obey the law - by drag hunting or chasing foxes then shooting them. ' +
        'He said police would challenge the "one of two isolated hunts" which are threatening to break the law.\n\n' +
        'But Simon Hart of the Countryside Alliance has questioned how police will ensure there are no violations. ' +
        '"The definitions of legal and illegal hunting are so blurred that the police are being asked to make impossible judgements. ' +
        '"You can hunt a rat, but not a mouse, a rabbit but not a hare, an artificial scent, but not a real one," he said.',
    );
    expect(quotes).toContainEqual(['You can hunt a rat, but not a mouse, a rabbit but not a hare, an artificial scent, but not a real one,', 'Simon Hart']);
  });
});

describe('extractQuotes: court papers speak for those who filed them', () => {
  it('gives a lawsuit its words, not to the man it sues (BBC sport 049, 2004)', () => {
    const quotes = quotesOf(
      'Jones files Conte lawsuit',
      'Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte following his allegations that he gave her performance-enhancing drugs.\n\n' +
        'In an email to the Associated Press on Wednesday, Conte said: "I stand by everything I said". Jones won three gold medals and two bronzes in Sydney in 2000. ' +
        'Her lawsuit, filed in the US District Court in San Francisco, said the sprinter had passed a lie detector test and that she "has never taken banned performance-enhancing drugs". ' +
        'Conte\'s statements, the suit added, were "false and malicious".',
    );
    expect(quotes).toContainEqual(['has never taken banned performance-enhancing drugs', "Marion Jones's lawsuit"]);
    expect(quotes).toContainEqual(['false and malicious', 'the suit']);
  });
});

describe('extractQuotes: claims from a described person that …', () => {
  it('gives the quote to whom the claims are from, not to who shrugged them off (BBC politics 102, 2004)', () => {
    const quotes = quotesOf(
      'Blunkett row should end - Blair',
      'The prime minister shrugged off claims from Conservative leader Michael Howard that he led a "grubby government".',
    );
    expect(quotes).toEqual([['grubby government', 'Michael Howard']]);
  });
});
