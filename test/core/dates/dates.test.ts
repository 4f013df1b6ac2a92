import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/core/dates/extract-events.js';
import { findDateExpressions } from '../../../src/core/dates/find-date-expressions.js';
import { buildStory } from '../../../src/core/story/build-story.js';
import type { Sentence } from '../../../src/core/types.js';
import { FIXTURES } from '../../fixtures/read-fixture.js';

const table = JSON.parse(readFileSync(join(FIXTURES, '..', 'dates', 'expressions.json'), 'utf8')) as {
  cases: { sentence: string; articleDate: string | null; when: string | null; date: string | null; precision: string | null; partialDate?: string }[];
  sequences: { about: string; articleDate: string | null; sentences: string[]; expected: { when: string; date: string | null }[] }[];
};
const sentences = (texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ article: 't', n: i + 1, paragraph: 1, text, norm: text, credits: [], people: [] }));

describe('extractEvents: the hand-made table of date expressions', () => {
  it.each(table.cases.map((c) => [c.sentence, c.articleDate, c] as const))('%s (article date %s)', (_s, _d, c) => {
    const [event] = extractEvents(sentences([c.sentence]), c.articleDate);
    if (c.when === null) expect(event).toBeUndefined();
    else {
      expect(event).toMatchObject({
        when: c.when,
        date: c.date,
        precision: c.precision,
        resolvedFrom: c.date && c.articleDate && !/\d{4}/.test(c.when) ? c.articleDate : null,
      });
      expect(event!.partialDate).toBe(c.partialDate);
    }
  });

  it.each(table.sequences.map((s) => [s.about, s] as const))('%s', (_about, s) => {
    const events = extractEvents(sentences(s.sentences), s.articleDate);
    expect(events.map((e) => ({ when: e.when, date: e.date }))).toEqual(s.expected);
  });
});

describe('findDateExpressions: regressions', () => {
  it('does not read a weekday that begins a name ("Saturday Night Live") as a date', () => {
    expect(findDateExpressions('He mocked the "Saturday Night Live" sketch.')).toEqual([]);
  });

  it('does not read a weekday after a plural possessive ("Sky News\' Sunday with …") as a date', () => {
    expect(findDateExpressions("He told Sky News' Sunday with Adam Boulton he had no plans.")).toEqual([]);
    expect(findDateExpressions('The ministers met on Sunday with Adam Boulton.').map((e) => e.text)).toEqual(['on Sunday']);
  });

  it('does not read a holiday that is the subject of its clause as a date', () => {
    expect(findDateExpressions('Christmas has come early for the council.')).toEqual([]);
  });
});

describe('extractEvents: a month a figure is compared with, after an aside in brackets', () => {
  it('is the base of the figure, no event ("rose to 895.4 reais ($332) from November")', () => {
    const events = extractEvents(sentences(['The minimum wage rose 8% in December to 895.4 reais ($332; £179.3) from November.']), '2005-01-10');
    expect(events.map((e) => e.when)).toEqual(['in December']);
  });
});

// Sentences from Reuters (Texaco v Pennzoil, April 1987) and the BBC (Band Aid 20, the LSE bid).
describe('extractEvents: days counted from other days, and past weekdays in a sentence that looks ahead', () => {
  it('places "closed Friday" before the article date even when the sentence expects something', () => {
    const events = extractEvents(
      sentences([
        'Analysts said they expected Texaco stock, which closed Friday at 31 and 7/8, to slip to about 25 when the New York Stock Exchange opened Monday morning.',
      ]),
      '1987-04-13',
    );
    expect(events.map((e) => [e.when, e.date])).toEqual([
      ['Friday', '1987-04-10'],
      ['Monday morning', '1987-04-13'],
    ]);
  });

  it('still looks ahead for a weekday after "be" and a past participle ("will be released on Sunday")', () => {
    const [event] = extractEvents(sentences(['The single will be released on Sunday.']), '1987-04-13');
    expect(event?.date).toBe('1987-04-19');
  });

  it('reads "the day after Boxing Day" as one date, a day after the holiday', () => {
    const text = 'Read went to the Disasters Emergency Committee (DEC) with the idea the day after Boxing Day.';
    expect(extractEvents(sentences([text]), null).map((e) => e.when)).toEqual(['the day after Boxing Day']);
    expect(extractEvents(sentences([text]), '2005-01-05')[0]).toMatchObject({ date: '2004-12-27', precision: 'day' });
  });

  it('does not date "the day after" an event from the sentence before', () => {
    const events = extractEvents(
      sentences([
        'Deutsche Boerse put forward its bid case on Thursday.',
        'Euronext chief Jean-Francois Theodore held talks with LSE boss Clara Furse the day after rival Deutsche Boerse put forward its own bid case.',
      ]),
      '2005-01-28',
    );
    expect(events.map((e) => e.when)).toEqual(['on Thursday']);
  });

  it('does not say a date counted from another date of the sentence was counted from the article date', () => {
    const events = extractEvents(
      sentences([
        'Jamail said Pennzoil objected to a transfer on Dec. 9, 1985, one day before a state court judge entered the record jury award against Texaco.',
      ]),
      '1987-04-13',
    );
    expect(events.at(-1)).toMatchObject({ when: 'one day before', date: '1985-12-10', resolvedFrom: null });
  });
});

// Sentences from Reuters wires of 1987 and BBC sport (2004-05).
describe('extractEvents: a weekday beside the date it names, and what a "since" counts from', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('reads "March 25, Wednesday" as one day, not also as the Wednesday before publication', () => {
    expect(whenDates(['On Friday, Dixons agreed to reopen its tender offer until March 25, Wednesday.'], '1987-03-23')).toEqual([
      ['On Friday', '1987-03-20'],
      ['March 25', '1987-03-25'],
    ]);
  });

  it('drops the month a record is counted from ("only the second rise since July"), keeps the month measured', () => {
    const text =
      'Factory inventories in January rose 0.5 pct, or 1.5 billion dlrs, to 277.0 billion dlrs, only the second rise since July and concentrated in finished goods.';
    expect(whenDates([text], '1987-03-04')).toEqual([['in January', '1987-01']]);
  });

  it('keeps a deed told after a "since" that has its own year ("first market since 1949 opened last August")', () => {
    const text =
      "China's first securities market since 1949 opened last August in Shenyang, followed by markets in Shanghai in September and in Peking and Harbin this year.";
    expect(whenDates([text], '1987-04-02')[0]).toEqual(['last August', '1986-08']);
  });

  it('keeps a deed a record is counted from ("the biggest merger since American Motors was formed in 1954")', () => {
    const text = "Historians said it would be the auto industry's biggest merger since American Motors was formed in 1954.";
    expect(whenDates([text], '1987-03-11')).toEqual([['in 1954', '1954']]);
  });

  it('keeps a term begun "since" a year when the "not" belongs to another verb', () => {
    const text = 'He succeeds Michel Marks, who decided not to seek reelection after serving as chairman since 1978.';
    expect(whenDates([text], '1987-03-19')).toEqual([['since 1978', '1978']]);
  });

  it("drops an index's base year, and a day's price a figure is compared with, but not a deed after a day's close", () => {
    const chile =
      "Chile's consumer price index rose 1.7 pct in February to 562.01 (December, 1978 equals 100) after increases of 2.0 pct in January and 0.9 pct in February 1986.";
    expect(whenDates([chile], '1987-03-04').map(([when]) => when)).not.toContain('December, 1978');
    expect(whenDates(["Morgan shares firmed two pence to 318p at 0905 GMT from 316p at Friday's close."], '1987-04-13')).toEqual([]);
    const hutchison =
      'After yesterday\'s market close Hutchison and its parent Cheung Kong (Holdings) Ltd both announced one-for-two bonus issues of "B" shares.';
    expect(whenDates([hutchison], '1987-04-01')).toEqual([['yesterday', '1987-03-31']]);
  });
});

describe('extractEvents: weekdays of deeds told in the past, and of plans', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('places "which on Friday secured" before publication though the sentence says what it would do', () => {
    const text =
      '<WPP Group Plc>, which on Friday secured agreement for its bid for <JWT Group Inc> by increasing its offer, said it would raise its planned rights issue to raise 213 mln stg.';
    expect(whenDates([text], '1987-06-29')).toEqual([['on Friday', '1987-06-26']]);
  });

  it('looks ahead for talks "rescheduled for Thursday"', () => {
    const text =
      "Talks due today between management and unions to try to end the strike at Cargill U.K. Ltd's Seaforth oilseed crushing plant have been rescheduled for Thursday, a company spokesman said.";
    expect(whenDates([text], '1987-03-02')).toEqual([
      ['today', '1987-03-02'],
      ['Thursday', '1987-03-05'],
    ]);
  });

  // Reuters, AMC's Kenosha talks and Chrysler's bid, March 1987.
  it('dates a weekday by the past verb of its own clause, though another clause or a deadline looks ahead', () => {
    const talks =
      'Negotiations, which continued past a midnight Friday deadline, ended Saturday after United Auto Workers negotiators voted to reject the unspecified concessions, an AMC spokesman said by telephone from Milwaukee, site of the talks.';
    expect(whenDates([talks], '1987-03-02')).toEqual([
      ['Friday', '1987-02-27'],
      ['Saturday', '1987-02-28'],
    ]);
    const statement =
      '"The board ... Expects to be meeting periodically over the next several weeks on the Chrysler proposal," AMC said in its first formal statement since it acknowledged the Chrysler proposal on Monday.';
    expect(whenDates([statement], '1987-03-11')).toEqual([['on Monday', '1987-03-09']]);
  });

  it('still looks ahead when the nearest verb is a plan ("will be resumed on Monday")', () => {
    const text = 'The bourse said earlier today trading in Bredero shares, suspended on Wednesday, will be resumed on Monday.';
    expect(whenDates([text], '1987-03-27')).toEqual([
      ['on Wednesday', '1987-03-25'],
      ['on Monday', '1987-03-30'],
    ]);
  });
});

// Reuters, March 1987: a budget in the U.S. Senate.
describe('buildStory: two dates of one sentence on the same month', () => {
  it('are one occurrence of the event, not the same sentence twice', () => {
    const text =
      'SENATE BUDGET\n30-MAR-1987 10:00:00.00\n\nChiles presented his budget blueprint late last week and said he would like to begin voting on it this week.\n';
    const { story } = buildStory([{ id: 'r1', text }]);
    expect(story.events.map((e) => [e.date, e.occurrences.length])).toEqual([['1987-03', 1]]);
  });
});

// Reuters 1987 (San Miguel's shares, corn weather, the EC ministers in Belgium, a GM strike) and the BBC (T in the Park).
describe('extractEvents: the weekend', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('places a weekend past in the month of its Saturday, on a Monday even in a sentence that says "expected"', () => {
    expect(whenDates(['Newspapers in Manila and Hong Kong reported at the weekend that an offer had been made.'], '1987-03-23')).toEqual([
      ['at the weekend', '1987-03'],
    ]);
    expect(
      whenDates(['Rain was heavier than expected over the weekend, sparking an early selloff in soybean futures at the Chicago Board of Trade.'], '1987-06-29'),
    ).toEqual([['over the weekend', '1987-06']]);
  });

  it('reads "this weekend" from Tuesday to Friday as the coming one', () => {
    const text =
      "European Community finance ministers and central bankers meet in Belgium this weekend to discuss strengthening Europe's joint currency float.";
    expect(whenDates([text], '1987-04-03')).toEqual([['this weekend', '1987-04']]);
  });

  it('is no date without a word that places it, nor beside the days it names', () => {
    expect(whenDates(['Weekend days are not included in the five-day period, McGhee said.'], '1987-03-19')).toEqual([]);
    expect(whenDates(['More than 120 acts will play on eight stages over the weekend of 9 and 10 July.'], null)).toEqual([['9 and 10 July', null]]);
  });
});

// Reuters 1987: Borg-Warner and Jacobs, a Volcker profile, the Rexnord merger.
describe('extractEvents: the middle of a month or year', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('dates "mid-February" without a preposition, and "in mid-1983"', () => {
    const jacobs =
      'Minstar chairman Irwin L. Jacobs sold his stake after Borg-Warner after the company failed to respond to his mid-February offer for a negotiated agreement at a minimum price of 44 dlrs a share.';
    expect(whenDates([jacobs], '1987-03-31')).toEqual([['mid-February', '1987-02']]);
    expect(whenDates(['When renominated in mid-1983, Volcker said he would probably step down within two years.'], '1987-06-02')).toEqual([
      ['in mid-1983', '1983'],
    ]);
    expect(whenDates(['The company said a merger of Rexnord and a subsidiary of Banner will be completed before mid-May.'], '1987-03-04')).toEqual([
      ['mid-May', '1987-05'],
    ]);
  });
});

// The BBC (Elvis's early tapes), Reuters 1987 (the chemical industry, Italy's GDP).
describe('extractEvents: a year before a word that is no noun', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('dates "who died in 1994 aged 72" and "in 1986 was", and a year\'s profits, but not "of 1990 bonds"', () => {
    const nogar =
      'Mr Nogar, who died in 1994 aged 72, always used to make two tapes of sessions as a back-up in case RCA producers wanted to make late changes to songs.';
    expect(whenDates([nogar], null)).toEqual([['in 1994', '1994']]);
    expect(whenDates(['GDP growth in 1986 was 0.5 pct.'], '1987-04-24')).toEqual([['in 1986', '1986']]);
    const chemicals =
      'He predicted that the U.S. chemical industry, which reported a total of 13 billion dlrs in 1986 profits, would see a 20 pct gain in earnings this year because of increasing exports.';
    expect(whenDates([chemicals], '1987-03-31')).toEqual([
      ['in 1986', '1986'],
      ['this year', '1987'],
    ]);
    expect(whenDates(['The fund holds most of 1990 bonds issued by the state.'], '1987-03-31')).toEqual([]);
  });
});

// Reuters, March 1987: Viacom's merger terms, a share flotation, grain shipments, the ITC on orange juice.
describe('extractEvents: a day without a year far off the way the sentence leans', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('is the nearer one when no verb of its clause tells it done ("12 pct after May 31")', () => {
    const viacom =
      'The interest rate to be used to increase the cash value of the merger, if delayed beyond April 30, was raised to nine pct from eight pct and 12 pct after May 31.';
    expect(whenDates([viacom], '1987-03-02')).toEqual([
      ['April 30', '1987-04-30'],
      ['May 31', '1987-05-31'],
    ]);
    expect(whenDates(['- Nichemen 10,000 tonnes number two SRW wheat for June 12/July 7 at 103.43 dlrs FOB Gulf.'], '1987-03-27')).toEqual([
      ['June 12', '1987-06-12'],
      ['July 7', '1987-07-07'],
    ]);
  });

  it('is the one gone by when its clause tells a deed done, or counts from it', () => {
    const flotation =
      'The company, which went public Dec 23, also said it expects to be able to fill back orders from the first two quarters because of improved supply of computer chip components.';
    expect(whenDates([flotation], '1987-03-16')).toEqual([['Dec 23', '1986-12-23']]);
    expect(
      whenDates(['The ITC ruled provisionally last June 18 that the domestic industry was being injured by Brazilian orange juice imports.'], '1987-03-05'),
    ).toEqual([['June 18', '1986-06-18']]);
  });
});

// Reuters 1987 (San Miguel's shares, the UAW's convention) and the BBC (Parmalat's results).
describe('extractEvents: more bases a figure is compared with', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('drops a day\'s price set against ("against 15.50 dlrs on Friday") and the start of a change ("fallen by 200,000 since 1978")', () => {
    const brewery =
      "<San Miguel Brewery Ltd>, a locally listed firm 69.65 pct held by San Miguel's <Neptunia Corp> affiliate, was last traded at 16.30 H.K. Dlrs against 15.50 dlrs on Friday.";
    expect(whenDates([brewery], '1987-03-23')).toEqual([]);
    const uaw =
      "A master resolution stating UAW goals notes that the union's membership working in the auto industry has fallen by 200,000 since 1978 to a current level of about 690,000.";
    expect(whenDates([uaw], '1987-04-13')).toEqual([]);
  });

  it('drops "the same period of 2003" after a figure written "38m"', () => {
    const parmalat = 'Its pre-tax earnings in the fourth quarter were 77m euros (£53m; $100m), up from 38m in the same period of 2003.';
    expect(whenDates([parmalat], null)).toEqual([]);
  });
});

// Reuters 1987: San Miguel's annual election, an acquisition's closing.
describe('extractEvents: a month after a word of schedule and "for"', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('dates "scheduled for May", not "orders for May"', () => {
    expect(whenDates(["SMC's annual election is scheduled for May."], '1987-03-02')).toEqual([['for May', '1987-05']]);
    expect(whenDates(['Closing of the acquisition is scheduled for April.'], '1987-03-02')).toEqual([['for April', '1987-04']]);
    expect(whenDates(['Orders for May delivery rose sharply.'], '1987-03-02')).toEqual([]);
  });
});

// Reuters 1987 (the UAW at Kenosha) and the BBC (Wenger's contract).
describe('extractEvents: a year after "past" or "beyond"', () => {
  it('dates "in operation past 1989" and "stay beyond 2008"', () => {
    const kenosha =
      'Stepp said the union intends "to exert full efforts" to reach an agreement that would keep the plant in operation past 1989, when AMC has said production will end unless the UAW grants concessions on labor costs.';
    expect(extractEvents(sentences([kenosha]), '1987-03-04').map((e) => [e.when, e.date])).toEqual([['past 1989', '1989']]);
    const wenger = 'Meanwhile, Arsenal director Danny Fiszman is looking for Wenger to stay beyond 2008.';
    expect(extractEvents(sentences([wenger]), null).map((e) => [e.when, e.date])).toEqual([['beyond 2008', '2008']]);
  });
});

// Reuters, April 1987: Merrill Lynch's buyout of Borg-Warner.
describe('extractEvents: a saying beside dates still to come', () => {
  it('dates the saying too when every other date of the sentence looks ahead', () => {
    const borg =
      'Borg-Warner and Merrill said yesterday they entered a definitive merger agreement, under which a subsidiary of the new company, <AV Holdings Corp>, will begin a 48.50 dlr per share cash tender offer today for 77.6 mln shares or 89 pct of Borg-Warner common stock.';
    expect(extractEvents(sentences([borg]), '1987-04-13').map((e) => [e.when, e.date])).toEqual([
      ['yesterday', '1987-04-12'],
      ['today', '1987-04-13'],
    ]);
  });
});

// Reuters 1987 (Japan's budget) and the BBC (the Xbox's launch).
describe('extractEvents: a day and year with no comma between', () => {
  it('reads "March 31 1988" and "November 15 2001" as one date, not "March 10 2000 tonnes"', () => {
    const budget =
      "Japan's ruling and opposition parties agreed to reopen talks on the budget for the fiscal year ending March 31 1988 when the Lower House Budget Committee meets.";
    // The date closes a fiscal year (a reporting period, no event of the timeline), but is read whole.
    expect(findDateExpressions(budget).map((e) => e.text)).toEqual(['March 31 1988']);
    expect(extractEvents(sentences([budget]), '1987-03-02')).toEqual([]);
    const xbox = 'When the Xbox launched on November 15 2001 in the US, Halo was one of the launch titles.';
    expect(extractEvents(sentences([xbox]), null).map((e) => [e.when, e.date])).toEqual([['November 15 2001', '2001-11-15']]);
    expect(extractEvents(sentences(['Shipments on March 10 2000 tonnes were made.']), '1987-03-12').map((e) => [e.when, e.date])).toEqual([
      ['March 10', '1987-03-10'],
    ]);
  });
});

// Reuters 1987: Electrospace's results, a company's year compared.
describe('extractEvents: a fiscal year', () => {
  it('reads a year before a preposition as a time, not a noun\'s modifier (BBC sport 118: "by 2007 amid claims")', () => {
    const stadium = 'Parry has to deliver a new 60,000-seat stadium in Stanley Park by 2007 amid claims of costs spiralling above £120m.';
    expect(extractEvents(sentences([stadium]), null).map((e) => [e.when, e.date])).toEqual([['by 2007', '2007']]);
  });

  it('dates "in fiscal 1987" by its year, and drops it as a base ("up 12 pct from fiscal 1986")', () => {
    const electrospace = 'Electrospace earned 10 mln dlrs on sales of 191 mln dlrs in fiscal 1987 ended April 3.';
    expect(extractEvents(sentences([electrospace]), '1987-06-19').map((e) => [e.when, e.date])).toEqual([
      ['in fiscal 1987', '1987'],
      ['April 3', '1987-04-03'],
    ]);
    expect(extractEvents(sentences(['Sales rose 12 pct from fiscal 1986.']), '1987-06-19')).toEqual([]);
  });
});

// BBC business: house prices (ODPM figures).
describe('extractEvents: a figure in pounds compared with', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.partialDate ?? e.date]);

  it('drops the month of "from £180,444 in October", the base of a price, and keeps the month measured', () => {
    expect(whenDates(['The average house price fell marginally to £180,226, from £180,444 in October.'], null)).toEqual([]);
    const festive =
      'The average UK house price fell from £180,126 in November to £178,906, reflecting recent Land Registry figures confirming a slowdown in late 2004.';
    expect(whenDates([festive], null)).toEqual([['in late 2004', '2004']]);
    expect(whenDates(['New mortgage loans in January fell to 79,000 from 82,000 in December, the bank said.'], null)).toEqual([['in January', '--01']]);
  });
});

// Reuters, March 1987: Morgan Grenfell's shares after the Guinness affair.
describe("extractEvents: a day's price itself, compared with", () => {
  it('drops "9p down on yesterday\'s 375p", as it does "yesterday\'s close"', () => {
    const morgan = "Morgan Grenfell shares stood at a late 366p, 9p down on yesterday's 375p.";
    expect(extractEvents(sentences([morgan]), '1987-03-18')).toEqual([]);
  });
});

// Reuters, April 1987: Diamond Shamrock's executives on the year ahead.
describe('extractEvents: a time a comparative is measured against', () => {
  it('drops "better than in 1986", keeps "no later than March 31" and "more than a year ago"', () => {
    const diamond = 'Charles Blackburn, president of Diamond Shamrock, said, "Earnings wil be better than in 1986." He declined to say how much better.';
    expect(extractEvents(sentences([diamond]), '1987-04-01')).toEqual([]);
    expect(extractEvents(sentences(['The rate was higher than last year.']), '1987-04-01')).toEqual([]);
    const limit = extractEvents(sentences(['The deal must close no later than March 31.']), '1987-03-02');
    expect(limit.map((e) => [e.when, e.date])).toEqual([['March 31', '1987-03-31']]);
    const ago = extractEvents(sentences(['He left the company more than a year ago.']), '1987-04-01');
    expect(ago.map((e) => [e.when, e.date])).toEqual([['a year ago', '1986']]);
  });
});

// BBC business: mortgage approvals.
describe('extractEvents: a level last seen at a time', () => {
  it('drops "levels last seen in 1995", the base of the fall, as "the lowest since 1995" is', () => {
    expect(extractEvents(sentences(['The past few months have seen approvals fall to levels last seen in 1995.']), null)).toEqual([]);
  });
});

// Reuters, March 1987: Steinhardt's stake in Holiday Corp.
describe('extractEvents: an abbreviated month before its day', () => {
  it('reads "since Feb. 6" as the day, not the month', () => {
    const holiday = 'The group said it paid 114 mln dlrs for its 1.6 mln Holiday shares, 530,000 of which were bought since Feb. 6.';
    expect(extractEvents(sentences([holiday]), '1987-03-17').map((e) => [e.when, e.date])).toEqual([['Feb. 6', '1987-02-06']]);
  });
});

// BBC politics: talk of a February election.
describe('extractEvents: a month and the year it is in, joined by "in"', () => {
  it('reads "in February in 1974" as one date, February 1974', () => {
    const poll = 'A British general election was last held in February in 1974.';
    expect(extractEvents(sentences([poll]), null).map((e) => [e.when, e.date])).toEqual([['in February in 1974', '1974-02']]);
  });
});

// BBC politics (talk of a February election) and Reuters 1987.
describe('extractEvents: a month naming an occasion', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.partialDate ?? e.date]);

  it('dates "a February poll" and "the June summit" by the month, not "the March rate" nor "a December release"', () => {
    const poll = 'The latest speculation suggests the prime minister favours a February poll in order to exploit his current opinion poll lead.';
    expect(whenDates([poll], null)).toEqual([['February', '--02']]);
    expect(whenDates(['The leaders will discuss trade at the June summit in Venice.'], '1987-03-20')).toEqual([['June', '1987-06']]);
    expect(whenDates(['The March rate was unchanged.'], '1987-04-20')).toEqual([]);
    const ocean = "Ocean's Twelve box office triumph marks the fourth-biggest opening for a December release in the US.";
    expect(whenDates([ocean], null)).toEqual([]);
    expect(whenDates(['He forecast a February budget deficit of 20 billion dlrs.'], '1987-03-10')).toEqual([]);
  });
});

// Reuters 1987: Gillette's shares in June, ITT's sale told in March, the Bundesbank in April, and plans.
describe('extractEvents: the start or end of the month or year, with no other word', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('is the month or year of publication ("rose sharply at the beginning of the month", "by the end of the year")', () => {
    const gillette = 'Gillette shares rose sharply at the beginning of the month on Wall Street rumours that Sir James Goldsmith was building a stake.';
    expect(whenDates([gillette], '1987-06-18')).toEqual([['the beginning of the month', '1987-06']]);
    const plan = 'The agreement, subject to shareholder approval, is expected to close by the end of the year, the company said.';
    expect(whenDates([plan], '1987-10-20')).toEqual([['the end of the year', '1987-12']]);
    expect(whenDates(['Approval is expected before the end of the month.'], '1987-04-13')).toEqual([['the end of the month', '1987-04']]);
  });

  it('is the end gone by when a deed is told done at it', () => {
    const itt = 'Although the agreement was closed by the end of the year, Araskog said the final transfers were recently concluded.';
    expect(whenDates([itt], '1987-03-03')).toEqual([['the end of the year', '1986-12']]);
    const bank =
      "Overall, banks' holdings at the Bundesbank rose 10.2 billion marks to 58.5 billion at the end of the month, averaging 50.9 billion in the whole of March.";
    expect(whenDates([bank], '1987-04-02')[0]).toEqual(['the end of the month', '1987-03']);
    const spain = 'Spain is threatened with massive imports from third countries by the end of the year, they said.';
    expect(whenDates([spain], '1987-10-20')).toEqual([['the end of the year', '1987-12']]);
  });
});

// Reuters, March 1987: American Motors' board; the Treasury's bill tender.
describe('extractEvents: the date a thing was set for before it was called off', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('is no event ("voted to postpone its annual shareholders meeting scheduled for April 29")', () => {
    const amc = "American Motors' board voted to postpone its annual shareholders meeting scheduled for April 29 in Southfield, Michigan.";
    expect(whenDates([amc], '1987-03-20')).toEqual([]);
    expect(whenDates(['The Treasury cancelled the regular weekly treasury bill tender scheduled for March 3.'], '1987-03-02')).toEqual([]);
  });

  it('keeps the date it is put off to, and a date merely scheduled', () => {
    const moved = 'The commission postponed until March 10 its meeting scheduled for tomorrow.';
    expect(whenDates([moved], '1987-03-02')).toEqual([['March 10', '1987-03-10']]);
    expect(whenDates(['A hearing is scheduled for April 29 in the U.S. Bankruptcy Court.'], '1987-03-31')).toEqual([['April 29', '1987-04-29']]);
  });
});

// Reuters 1987: British grain exports over the crop year.
describe('extractEvents: a span whose start without a year would fall after its end', () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('began the year before when that span lies nearer the wire\'s day ("for the July 1/March 25 period had taken")', () => {
    const grain =
      'Other EC countries have bought large amounts of British grain and for the July 1/March 25 period had taken 2.59 mln tonnes of wheat and 2.06 mln tonnes of barley.';
    expect(whenDates([grain], '1987-04-03')).toEqual([
      ['July 1', '1986-07-01'],
      ['March 25', '1987-03-25'],
    ]);
  });

  it('ends the year after when that span lies nearer the wire\'s day ("for delivery August 15-November 30" in June)', () => {
    expect(whenDates(['The barley is for delivery August 15-November 30 in three shiments of 50,000 tonnes each.'], '1987-06-02')).toEqual([
      ['August 15', '1987-08-15'],
      ['November 30', '1987-11-30'],
    ]);
    expect(whenDates(['Shipments will be made in the December 20-January 10 period.'], '1987-04-03')).toEqual([
      ['December 20', '1987-12-20'],
      ['January 10', '1988-01-10'],
    ]);
  });
});

// Reuters 1987: Guinness's payment to Ward; the Asian Development Bank; first-quarter figures.
describe("extractEvents: a year's or month's occasion after a preposition of time", () => {
  const whenDates = (texts: string[], published: string | null) => extractEvents(sentences(texts), published).map((e) => [e.when, e.date]);

  it('dates "in last year\'s takeover battle" and "at last year\'s meeting", not "last year\'s first quarter" nor "last year\'s election" alone', () => {
    const ward =
      "Earlier this month, lawyers for Ward told a Jersey court that Ward saw the payment as his reward for services in last year's takeover battle for <Distillers Co Plc>.";
    expect(whenDates([ward], '1987-03-20')).toEqual([
      ['this month', '1987-03'],
      ['last year', '1986'],
    ]);
    const adb =
      "One country that has complained about the ADB's lending policies is Vietnam, which charged at last year's meeting that the bank had cut off its aid.";
    expect(whenDates([adb], '1987-04-27')).toEqual([['last year', '1986']]);
    expect(whenDates(["Net income rose 12 pct from 3.1 mln dlrs in last year's first quarter."], '1987-04-27')).toEqual([]);
    expect(whenDates(["Last year's election was close."], '1987-04-27')).toEqual([]);
  });

  it('dates a month\'s occasion after its own "in" ("in December\'s win over Olympiakos"), not its figures ("in January\'s production")', () => {
    // BBC sport 102; Reuters 1987.
    const win =
      "Gerrard, who fired Liverpool into the last 16 of this season's competition with a brilliant goal in December's win over Olympiakos, insisted he was still fully focused.";
    expect(whenDates([win], '2005-01-20')).toEqual([['in December', '2004-12']]);
    expect(whenDates(["The rise in January's production was smaller than expected."], '1987-03-10')).toEqual([]);
  });
});

// Reuters, March 1987: Ward's lawyers in the Jersey court.
describe('extractEvents: testimony is a deed, not the date of a saying', () => {
  it('dates "told a court yesterday" beside the other date of the sentence', () => {
    const ward =
      "But attorneys for lawyer Thomas Ward, a member of the Guinness board, told a court yesterday in the Channel Island of Jersey that Ward saw the payment as his reward for services in last year's 2.7 billion stg takeover.";
    expect(extractEvents(sentences([ward]), '1987-03-12').map((e) => [e.when, e.date])).toEqual([
      ['yesterday', '1987-03-11'],
      ['last year', '1986'],
    ]);
    const reporters = 'He told reporters yesterday the merger had closed last month.';
    expect(extractEvents(sentences([reporters]), '1987-03-12').map((e) => [e.when, e.date])).toEqual([['last month', '1987-02']]);
  });
});

// BBC business: mortgage approvals.
describe('extractEvents: the same time of another year, after a comparative', () => {
  it('drops "32% lower than at the same time last year", a base', () => {
    const approvals = 'Separate figures showed the value of mortgage approvals stood 32% lower than at the same time last year.';
    expect(extractEvents(sentences([approvals]), '1987-03-20')).toEqual([]);
  });
});

// Reuters 1987: Cyacq's tender for Cyclops, KeyCorp's notes.
describe('extractEvents: a day in words after "of" or "for" that counts nothing', () => {
  it('dates "As of March six," and "scheduled for July one,", still "In May", not May 3, in "In May three plants closed"', () => {
    const cyclops = "As of March six, only 353 shares of Cyclops' 4.1 mln outstanding shares had been tendered.";
    expect(extractEvents(sentences([cyclops]), '1987-03-06').map((e) => [e.when, e.date])).toEqual([['March six', '1987-03-06']]);
    const keycorp =
      'Proceeds will be used for general corporate purposes, including the acquisition of <Seattle Trust and Savings Bank>, which is scheduled for July one, KeyCorp said.';
    expect(extractEvents(sentences([keycorp]), '1987-03-03').map((e) => [e.when, e.date])).toEqual([['July one', '1987-07-01']]);
    expect(extractEvents(sentences(['In May three plants closed.']), '1987-06-01').map((e) => [e.when, e.date])).toEqual([['In May', '1987-05']]);
  });
});

// Reuters 1987: a flotation's advertising campaign, a state visit.
describe('extractEvents: a beginning told in the present before its weekday', () => {
  it('places "begins on Sunday" and "which starts on Friday" on the coming day', () => {
    const flotation = 'The private tender offer closes on April 16, while a 12 mln franc advertising campaign for the flotation begins on Sunday.';
    expect(extractEvents(sentences([flotation]), '1987-04-09').map((e) => [e.when, e.date])).toContainEqual(['on Sunday', '1987-04-12']);
    const visit =
      'The government said the strike was designed to cause it embarrassment during the four-day visit of West German President Richard Von Weizsaecker, which starts on Friday.';
    expect(extractEvents(sentences([visit]), '1987-03-19').map((e) => [e.when, e.date])).toEqual([['on Friday', '1987-03-20']]);
  });
});

// Reuters 1987 (an OPEC oil minister, a Dutch court) and the BBC (the house-arrest plan).
describe('extractEvents: a count of days, weeks or months ahead', () => {
  it('places "would give its verdict within six weeks" after a saying, beside the weekday the sentence also names', () => {
    const court = 'Oral proceedings were held in the Hague on Friday and the court said it would give its verdict within six weeks.';
    expect(extractEvents(sentences([court]), '1987-04-13').map((e) => [e.when, e.date, e.precision])).toEqual([
      ['on Friday', '1987-04-10', 'day'],
      ['within six weeks', '1987-05', 'month'],
    ]);
  });

  it('is no date when the expectation is told in the past perfect, as someone held it then ("had anticipated")', () => {
    const opec =
      'However, he said Opec in December had anticipated that demand would be slack at this time of year for seasonal reasons and expected the market to firm in two to three weeks.';
    expect(extractEvents(sentences([opec]), '1987-03-05').map((e) => e.when)).toEqual(['in December']);
  });

  it('is no date in a rule for any case ("any decision he made would be reviewed by a judge within seven days")', () => {
    const rule = 'He also said that any decision he made would be reviewed by a judge within seven days.';
    expect(extractEvents(sentences([rule]), '2005-02-22')).toEqual([]);
  });
});
