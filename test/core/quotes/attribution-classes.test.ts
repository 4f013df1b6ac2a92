import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

describe('extractQuotes: descriptions with a place of work', () => {
  it('reads "a senior analyst at Norland Securities" as a person, whom a later "he said" stands for', () => {
    const text =
      'TOKYO BROKERS SEE FALL\n\n"Tokyo is different from New York," said a senior analyst at Norland Securities.\n\n' +
      'He said the index may fall 1,000 points on Tuesday.\n\nIt dropped 600 points on Monday.\n\n' +
      'But he said a fall would be nothing compared to New York.\n\n"New York overreacted, the dollar is rising," he said.\n';
    expect(speakerOf(text, 'New York overreacted')).toBe('a senior analyst at Norland Securities');
  });

  it('gives "he said" after "However, a fund manager at a trust bank made a prediction." to the fund manager', () => {
    const text =
      'MARKETS\n\nSimon Reed, a share analyst at Kleinwort, said Tokyo would fall.\n\n"The problems do not exist in Japan," Reed said.\n\n' +
      'However, a fund manager at a major trust bank made a more gloomy prediction.\n\n"You cannot ignore New York," he said.\n';
    expect(speakerOf(text, 'You cannot ignore')).toBe('a fund manager');
  });

  it('reads "The Peking representative of a Japanese securities house" as the speaker a later "he" stands for', () => {
    const text =
      'CHINA DEBT\n\nA Western banker said China had too much short-term debt.\n\n' +
      'The Peking representative of a Japanese securities house said the yen rise had caught his firm unawares.\n\n' +
      '"Interest rates in Japan are at a historical low," he said.\n';
    expect(speakerOf(text, 'Interest rates in Japan')).toBe('the Peking representative of a Japanese securities house');
  });
});

describe('extractQuotes: a definite description points back only to a source it fits', () => {
  it('keeps "the board spokesman in Frankfurt" apart from "a Commission spokesman in Brussels"', () => {
    const text =
      'SUGAR\n\nA European Commission spokesman in Brussels earlier confirmed that one mln tonnes had been offered.\n\n' +
      'The intervention board spokesman in Frankfurt said, "One million tonnes is an awful lot."\n';
    expect(speakerOf(text, 'One million tonnes')).toBe('the intervention board spokesman in Frankfurt');
  });

  it('points "the Shanghai official" back to "an official of the Shanghai city government"', () => {
    const text =
      'GRAIN\n\n"Prices must be reformed," said an official of the Shanghai city government.\n\n' +
      'Chen Zuyuan, a village party secretary, said the government listened too much to city people.\n\n' +
      'The Shanghai official said prices must change slowly.\n\n"We must be very careful," he said.\n';
    expect(speakerOf(text, 'We must be very careful')).toBe('an official of the Shanghai city government');
  });
});

describe('extractQuotes: cue forms', () => {
  it('gives "…, calling it "…"" to the subject of the clause, past an acronym set off after its body', () => {
    const text =
      'INSPECTION CALLED FAULTY\n\n"The system is at risk," Kenneth Blake told the panel.\n\n' +
      'Donald Hale, administrator of the Food Safety and Inspection Service, FSIS, defended the program, calling it "one of the most respected programs in the world."\n';
    expect(speakerOf(text, 'one of the most respected')).toBe('Donald Hale');
  });

  it('gives "X dismissed the latest claims, saying …" to X, the claims being no cue', () => {
    const text =
      'BUDGET\n\nThe institute said taxes would have to rise.\n\n' +
      'A Treasury spokesperson dismissed the latest claims, saying it was "on track to meet the spending rules".\n';
    expect(speakerOf(text, 'on track to meet')).toBe('a Treasury spokesperson');
  });

  it('names a body whose name goes on with "of" ("The British Chambers of Commerce (BCC) said")', () => {
    const text = 'RATES\n\nThe British Chambers of Commerce (BCC) said it was "concerned by the clamour for higher rates".\n';
    expect(speakerOf(text, 'concerned by the clamour')).toBe('British Chambers of Commerce');
  });

  it('reads a cue after a comma that wrongly closes the subject ("…," Ann Pfeifer from the Acme Association, told)', () => {
    const text = 'GADGETS\n\n"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC.\n';
    expect(speakerOf(text, 'Everything is going digital')).toBe('Kirsten Pfeifer');
  });

  it('gives "was described by X as "…"" to X', () => {
    const text =
      'APPLE UNVEILS MAC\n\nChief executive Steve Jobs showed off the machine in San Francisco.\n\n' +
      'The machine was described by Jobs as the "most important Mac we have made".\n';
    expect(speakerOf(text, 'most important Mac')).toBe('Steve Jobs');
  });

  it('reads "assured X" as a cue, but not "looked assured"', () => {
    const text =
      'MUSICAL\n\nProducer Kevin Wallace said the show was worth the wait.\n\n' +
      'Finnan looked assured in midfield.\n\n"There will be no singing and dancing Hobbits," assured Mr Wallace.\n';
    expect(speakerOf(text, 'There will be no singing')).toBe('Kevin Wallace');
    const adjective =
      'MATCH\n\n"We were happy with the point," said Brian Kerr.\n\nFinnan looked assured in midfield against France.\n\n"I play on the right for my club."\n';
    expect(speakerOf(adjective, 'I play on the right')).not.toBe('Finnan');
  });

  it('gives "…, which the communique said were "…"" to the communique', () => {
    const text =
      'MARKETS REACT\n\nTraders said the market would test the central banks\' resolve to defend current ranges, which the communique said were "broadly consistent with economic fundamentals".\n';
    expect(speakerOf(text, 'broadly consistent')).toBe('the communique');
  });
});

describe('extractQuotes: a quote standing alone after a new speaker', () => {
  it('goes to the person a sentence since the last quote brought in with a cue, not to the speaker before', () => {
    const text =
      'CHELSEA SACK MUTU\n\n"Fifa is not in a position to comment," said a Fifa spokesman. ' +
      "Chelsea's move won backing from expert Michelle Verroken. " +
      'Verroken, a former director of drug-free sport, insists the club was right to sack him. ' +
      '"Chelsea are saying quite clearly that this will not be tolerated."\n';
    expect(speakerOf(text, 'Chelsea are saying')).toBe('Michelle Verroken');
  });

  it('keeps the speaker of the quote before when the sentence between is theirs, not a person named inside it', () => {
    const text =
      'TV STAR\n\n"You get fed up watching shows with not much care," Ronnie Corbett complained. ' +
      'Corbett, soon to reunite with Ronnie Barker for a new series, also criticised quiz shows. ' +
      '"It is just laughing at each other," said the 74-year-old comedian.\n';
    expect(speakerOf(text, 'It is just laughing')).toBe('Ronnie Corbett');
  });

  it('does not take the subject of a clause before "and X said" for X ("Biscan was outstanding, and Benitez said")', () => {
    const text =
      'LIVERPOOL WIN\n\nRafael Benitez was pleased with the win. ' +
      'Igor Biscan was outstanding in midfield after replacing Xabi Alonso, and Benitez said: "He played very well."\n';
    expect(speakerOf(text, 'He played very well')).toBe('Rafael Benitez');
  });
});

describe('extractQuotes: guards found comparing the corpus against the build before', () => {
  it('keeps "X repeated calls for …" a cue sentence: no determiner makes "calls" a noun', () => {
    const text =
      'MAYOR ROW\n\nTony Blair repeated calls for the mayor to apologise.\n\n' +
      'Mr Livingstone "should have withdrawn the comment immediately" once he realised the reporter was Jewish, said Mr Blair.\n';
    expect(speakerOf(text, 'should have withdrawn')).toBe('Tony Blair');
  });

  it('lets a misspelt surname go on speaking for the speaker before ("Mr Barrioneuvo says" after "Jose Barrionuevo")', () => {
    const text =
      'TAX\n\n"It underscores the fact that the economy is fragile," said Jose Barrionuevo, an economist.\n\n' +
      '"It will create a black market," he says. Mr Barrioneuvo says the measure could be dropped. "It is intended to be a permanent measure."\n';
    expect(speakerOf(text, 'It is intended')).toBe('Jose Barrionuevo');
  });

  it('does not take "the group in a statement" for the last company heard from', () => {
    const text = 'CENSORSHIP\n\nGoogle said it had launched a Chinese news service.\n\n' + '"China is censoring Google News," said the group in a statement.\n';
    expect(speakerOf(text, 'China is censoring')).toBe('the group in a statement');
  });
});

describe('buildStory: a body described by where it is from', () => {
  it('gives "The German exchange said" to the body another article calls "the German stock exchange"', async () => {
    const { buildStory } = await import('../../../src/core/story/build-story.js');
    const { story } = buildStory([
      { id: 'a', text: 'DIVIDEND RISE\n\nDeutsche Boerse, the German stock exchange that wants to buy the LSE, will raise its dividend.\n' },
      {
        id: 'b',
        text:
          'LSE TALKS\n\nEuronext chief Jean-Francois Theodore met LSE boss Clara Furse a day after rival Deutsche Boerse set out its bid. ' +
          'The German exchange said it had held "constructive, professional and friendly" talks with the LSE.\n',
      },
    ]);
    expect(story.quotes.find((q) => q.text.startsWith('constructive'))?.speaker).toBe('Deutsche Boerse');
  });

  it('leaves the description as written when the story sets two bodies beside it, or none its article names', async () => {
    const { buildStory } = await import('../../../src/core/story/build-story.js');
    const two = buildStory([
      { id: 'a', text: 'BIDS\n\nDeutsche Boerse, the German stock exchange, and Xetra Group, the German trading group, both bid.\n' },
      { id: 'b', text: 'TALKS\n\nDeutsche Boerse and Xetra Group met the LSE. The German exchange said the talks were "constructive and very friendly".\n' },
    ]).story;
    expect(two.quotes.find((q) => q.text.startsWith('constructive'))?.speaker).toBe('the German exchange');
    const elsewhere = buildStory([
      { id: 'a', text: 'BIDS\n\nDeutsche Boerse, the German stock exchange, made a bid.\n' },
      { id: 'b', text: 'TALKS\n\nThe LSE met its suitors. The German exchange said the talks were "constructive and very friendly".\n' },
    ]).story;
    expect(elsewhere.quotes.find((q) => q.text.startsWith('constructive'))?.speaker).toBe('the German exchange');
  });
});

describe('a description set off before a name ("…," the minister, Michael Howard, said) is the named person’s', () => {
  // Reuters, 5 April 1987, cut down: with a prime minister in the article, "the minister" is no one's alias.
  const text =
    'BRITISH MINISTER GOES TO TOKYO\n5-APR-1987 06:13:27.54\n\nBritain’s corporate affairs minister left for Tokyo.\n' +
    '    "I should be expecting a positive response to that timetable," the minister, Michael Howard, said.\n' +
    '    Prime Minister Margaret Thatcher said last week that Britain would act.\n';

  it('gives the quote to Michael Howard, not to "the minister"', () => {
    expect(speakerOf(text, 'I should be expecting')).toBe('Michael Howard');
  });

  it('keeps a description whose apposition names no person ("…," a spokesman, Acme Corp, said)', () => {
    const firm = 'Acme profits\n\nAcme Corp made money.\n"We are pleased," a spokesman, Acme Corp, said.\n';
    expect(speakerOf(firm, 'We are pleased')).toBe('a spokesman');
  });
});
