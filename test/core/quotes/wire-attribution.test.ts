import { describe, expect, it } from 'vitest';
import { attributedQuotes, patternQuotes } from '../../support/attributed-quotes.js';
import { findQuoteSpans } from '../../../src/core/quotes/find-quote-spans.js';

describe('extractQuotes: attribution in corporate wire copy', () => {
  // The wire-style fixture: invented text in the sentence patterns of corporate wires.
  const quotes = patternQuotes('wires');

  it.each([
    ['"the company said" is the company the wire named', 'The offer does not reflect the value of our businesses,', 'Halden Corp'],
    ['"it added" after a company is the company', 'We will pursue other alternatives,', 'Halden Corp'],
    ['a board named by its company is its own speaker', 'grossly inadequate.', 'the Halden board'],
    ['"X, in a statement, said" is X, not the statement', 'We remain committed to the merger.', 'Corvan'],
    ['"said <role>, <name>" is the named person', 'We are disappointed but not surprised,', 'Walter Pruett'],
    ['a surname before its role in apposition is the speaker', 'We will take our offer to the shareholders.', 'Walter Pruett'],
    ['"X earlier said" is a cue with its time between subject and verb', 'at any price.', 'Corvan'],
    ['a person "of the Trade Ministry\'s … Bureau" is the speaker, not the ministry', 'Japanese buyers are watching closely.', 'Eiko Tanabe'],
    ['a market voice ("said one arbitrageur")', "It's a classic bear hug,", 'one arbitrageur'],
    ['and the quote that continues the paragraph', 'Corvan wants the board at the table.', 'one arbitrageur'],
    ['"Another said" is another of the sources just quoted', 'the market is betting on a higher bid.', 'another arbitrageur'],
    ['"the second arbitrageur" names one of its own', 'Halden will hold out for 35 dlrs,', 'the second arbitrageur'],
    ['"said one" after "Bankers said" is one banker', 'The banks are comfortable with the debt,', 'one banker'],
    ['a quote with a quoted word inside it is one quote, with its speaker', 'We have no objection to the sale of the "B" shares,', 'a Halden director'],
    ['"the report said" is the report', 'Savings will come from the closure of two plants,', 'the report'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });
});

describe('findQuoteSpans: straight marks round a word inside a straight quote', () => {
  it('nests the inner word and keeps the outer quote whole', () => {
    const spans = findQuoteSpans('"We have no objection to the "B" shares," he said. "But not now."');
    expect(spans.map((s) => s.text)).toEqual(['We have no objection to the "B" shares,', 'But not now.']);
  });

  it('still reads a new quote opening inside a quote left open as a new quote', () => {
    const spans = findQuoteSpans('"I do not know. "It is getting a little confusing," said Carroll.');
    expect(spans.map((s) => s.text)).toEqual(['I do not know.', 'It is getting a little confusing,']);
  });
});

describe('extractQuotes: a described speaker with a name of its own', () => {
  // Reuters 19618 (29 June 1987): the SEC's letter in the Texaco-Pennzoil case.
  it('gives "The SEC\'s general counsel said, "…"" to the general counsel, not to the company quoted before', async () => {
    const { buildStory } = await import('../../../src/core/story/build-story.js');
    const text =
      "SEC SEEKS COURT REVIEW OF TEXACO CASE\n\nIn a letter dated June 26, the SEC's general counsel told attorneys representing Texaco and Pennzoil the commission will urge the Texas Supreme Court to review the issue of federal securities law in the Texaco-Pennzoil case, Texaco said.\n\n" +
      '"This is to inform you that the commission has determined to file a brief amicus curiae in the (Texaco-Pennzoil) litigation," the letter said.\n\n' +
      'The SEC\'s general counsel said, "we currently anticipate that the brief will be filed around the week of July 20."\n';
    const { quotes } = buildStory([{ id: '19618', text }]).story;
    const brief = quotes.find((q) => q.text.startsWith('we currently anticipate'));
    expect(brief?.speaker).toBe("the SEC's general counsel");
  });
});

describe('extractQuotes: wire attribution read from real Reuters sentences', () => {
  it('gives a quote followed by "said analyst X" with no comma between to X (Reuters 1408, 1987)', () => {
    const text =
      'GM BUYBACK SEEN CALMING SHAREHOLDERS\n\nWall Street analysts said a share repurchase program announced by General Motors Corp is in part an attempt to placate shareholders.\n\n' +
      '"He (Perot) was obviously the big trigger" said analyst Joseph Phillippi of E.F. Hutton Co. "There was a firestorm of criticism from people on the institutional side."\n';
    expect(attributedQuotes('1408', text)).toEqual([
      ['He (Perot) was obviously the big trigger', 'Joseph Phillippi'],
      ['There was a firestorm of criticism from people on the institutional side.', 'Joseph Phillippi'],
    ]);
  });
  it('gives "said one analyst who attended … but declined to be named" to one analyst, and "he added" after it (Reuters 16713, 1987)', () => {
    const text =
      "TEXACO LESS WILLING TO SETTLE - ANALYSTS\n\nThe company's bankruptcy filing freed Texaco from posting a bond for the judgment pending appeal of the case in Texas Courts. Pennzoil said it would oppose the Chapter 11 filing.\n\n" +
      '"They are ready and willing to talk settlement," said one analyst who attended the Texaco meeting but declined to be named. "But a settlement would be for less now," he added.\n';
    expect(attributedQuotes('16713', text)).toEqual([
      ['They are ready and willing to talk settlement,', 'one analyst'],
      ['But a settlement would be for less now,', 'one analyst'],
    ]);
  });
  it('reads past an exchange\'s acronym in apposition ("X, president of the Chicago Mercantile Exchange, CME, told") to X (Reuters 7445, 1987)', () => {
    const text =
      'SEC OFFICIAL PROPOSES EQUITY, FUTURES TRADE HALT\n\n' +
      'William Brodsky, president of the Chicago Mercantile Exchange, CME, told Reuters that considering Ketchum\'s proposal would be a "worthwhile exercise," but that implementation of a trading halt mechanism posed "major, philosophical, economic questions."\n';
    expect(attributedQuotes('7445', text)).toEqual([
      ['worthwhile exercise,', 'William Brodsky'],
      ['major, philosophical, economic questions.', 'William Brodsky'],
    ]);
  });
  it('gives "X, the Roman Catholic archbishop of Sao Paulo, warned" to X, not to "Roman Catholic" (Reuters 14635, 1987)', () => {
    const text =
      "BRAZIL'S DEBT CRISIS BECOMING POLITICAL CRISIS\n\n" +
      'Cardinal Paulo Evaristo Arns, the Roman Catholic archbishop of Sao Paulo, warned yesterday of the possibility of "a social conflict of unimaginable proportions."\n';
    expect(attributedQuotes('14635', text)).toEqual([['a social conflict of unimaginable proportions.', 'Paulo Evaristo Arns']]);
  });

  it('reads "a U.S. Diplomat", capitalised after the initialism as wire copy does, as the description "a U.S. diplomat" (Reuters 14635, 1987)', () => {
    const text =
      "BRAZIL'S DEBT CRISIS BECOMING POLITICAL CRISIS\n\n" +
      '"The country is a rudderless ship," said a U.S. Diplomat, echoing a common view that the government lacks any clear idea of how to tackle the economic crisis.\n';
    expect(attributedQuotes('14635', text)).toEqual([['The country is a rudderless ship,', 'a U.S. diplomat']]);
  });
  it('knows "D. J. Baker, a lawyer representing Texaco" as a speaker, so his "he said" is not the other lawyer\'s (Reuters 16306, 1987)', () => {
    const text =
      'PENNZOIL TO CONTEST TEXACO BANKRUPTCY\n\n"We think they abused the process," Jeffers said, referring to Texaco\'s bankruptcy filing.\n\n' +
      "D. J. Baker, a lawyer representing Texaco, told reporters that the nation's third largest oil company was forced to seek bankruptcy protection.\n\n" +
      "When asked whether Texaco's reorganization plan would include major restructuring of the company, Baker declined to say what the eventual plan might include.\n\n" +
      '"I think Texaco will succesfully complete its Chapter 11 proceedings and have a reorganization plan approved by the court," he said.\n';
    expect(attributedQuotes('16306', text).at(-1)).toEqual([
      'I think Texaco will succesfully complete its Chapter 11 proceedings and have a reorganization plan approved by the court,',
      'D. J. Baker',
    ]);
  });
  it('gives "he" to Beryl Sprinkel, who just spoke, in an article that never says "she" (Reuters 4625, 1987)', () => {
    const text =
      'U.S. OFFICIALS DISAGREE ON REDUCING BUDGET DEFICIT\n\n' +
      'By contrast, Rudolph Penner, Director of the Congressional Budget Office, said the budget process has broken down.\n\n' +
      'Asked if the latest economic reports signal this rate of economic growth is attainable, Sprinkel said, "It looks pretty good to me. We\'ve had two very strong employment reports."\n\n' +
      'He also said federal reserve policy is appropriate, adding, "It looks like they\'re on track."\n';
    const cast = [
      { name: 'Beryl Sprinkel', aliases: ['Sprinkel'], roles: [], mentions: 0 },
      { name: 'Rudolph Penner', aliases: ['Penner'], roles: [], mentions: 0 },
    ];
    expect(attributedQuotes('4625', text, cast).at(-1)).toEqual(["It looks like they're on track.", 'Beryl Sprinkel']);
  });
  it('gives "she" to Flic Everett, whom the article calls "Ms Everett", whatever her first name suggests (BBC tech 386)', () => {
    const text =
      'Video phones set for dating\n\n' +
      'Flic Everett, journalist and dating expert for Company magazine and the Daily Express, thinks technology has been liberating for some nervous soul-mate seekers.\n\n' +
      '"One of the problems with video phones is people don\'t really know what to video," she told BBC News. Scare stories have put people off as a result, according to Ms Everett.\n';
    expect(attributedQuotes('386', text)[0]).toEqual(["One of the problems with video phones is people don't really know what to video,", 'Flic Everett']);
  });
  it('reads "But AMC said … "…"" as AMC, and AMC as the American Motors Corp quoted before (Reuters 660, 1987)', () => {
    const text =
      'AMC SAYS STEPS TAKEN AFTER UAW TALKS FAIL\n\n' +
      'American Motors Corp said it will take steps to build a proposed new jeep vehicle at an unspecified "alternative location" after the weekend breakdown of talks with the United Automobile Workers union.\n\n' +
      'UAW officials said during the weekend they did not regard the collapse of talks as final.\n\n' +
      'But AMC said the union\'s rejection of its concessions package means that plants in Kenosha and Milwaukee will lose 6,500 jobs because the assembly complex in Kenosha "will not be getting new work" as had been proposed with a new contract.\n\n' +
      '"This unfortunate outcome demonstrates the difficulty of maintaining existing working and bringing new work to existing U.S. operations," AMC said.\n';
    expect(attributedQuotes('660', text)).toEqual([
      ['alternative location', 'American Motors Corp'],
      ['will not be getting new work', 'American Motors Corp'],
      [
        'This unfortunate outcome demonstrates the difficulty of maintaining existing working and bringing new work to existing U.S. operations,',
        'American Motors Corp',
      ],
    ]);
  });
  it('gives "he said" after "Barca midfielder Deco, formerly managed by Mourinho, agreed …" to Deco, not to the coach quoted before (BBC sport 140)', () => {
    const text =
      'Chelsea ridiculed over complaint\n\n' +
      'Rijkaard was critical of Mourinho\'s decision not to speak to the media after the match. "There was a lot of talking before the game and now surprisingly there is a lot of talking after the game," he said.\n\n' +
      'Barca midfielder Deco, formerly managed by Mourinho at Porto, agreed that it was not typical of his fellow Portuguese to lodge a protest. "It\'s not normal behaviour on his part. It was not logical he did not give a news conference," he said.\n';
    expect(attributedQuotes('140', text).at(-1)?.[1]).toBe('Deco');
  });
  it('gives a word quoted after "…, while Labour criticised" to Labour (BBC politics 347)', () => {
    const text =
      'Tories outlining policing plans\n\n' +
      'He said the new office would not supersede the job of a chief constable. The Lib Dems said the plan could let extreme groups run policing, while Labour criticised "extravagant" Tory promises on policing.\n';
    expect(attributedQuotes('347', text)).toEqual([['extravagant', 'Labour']]);
  });
});
