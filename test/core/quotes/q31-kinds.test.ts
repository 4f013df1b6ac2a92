import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';
import { bodySubject } from '../../../src/core/quotes/unknown-name.js';

// Sentences from Reuters wires (1987) and BBC News (2004-05) articles, cut down to what each rule reads, except where
// a test says it is made up.

describe('a body named by its kind', () => {
  it('is a Forum, which "who say" after it quotes ("the Music Managers\' Forum (MMF), who say")', () => {
    // BBC entertainment 289.
    const text =
      'US visa rules hit UK bands\n\nThe Musicians\' Union stance is being endorsed by the Music Managers\' Forum (MMF), who say British artists face "an uphill struggle" to succeed in the US, thanks to the tough visa requirements.\n';
    expect(speakerOf(text, 'an uphill struggle')).toBe("Music Managers' Forum");
  });

  it('is named by its kind as a sentence\'s subject, so that "it said" in the next is its ("Private forecaster Accu-Weather reported")', () => {
    // Reuters 18397.
    const text =
      'POOR RAINFALL MAY HIT IVORY COAST COCOA - TRADE\n15-JUN-1987 13:45:10.26 [cocoa]\n\n' +
      '    "This year\'s crop will probably be another good one," one trader said.\n' +
      '    Private forecaster Accu-Weather reported today that most Ivory Coast cocoa growing regions were without rain over the weekend.\n' +
      '    "Rain would be welcomed, as the past week has been quite dry, except along the western portion of the coast," it said.\n';
    expect(speakerOf(text, 'Rain would be welcomed')).toBe('Accu-Weather');
  });

  it('is no person a kind noun brings in ("Analyst John Smith expects …", made up)', () => {
    expect(bodySubject('Analyst John Smith expects another loss.')).toBeNull();
    expect(bodySubject('Rival carmaker Toyota reported a loss.')).toBe('Toyota');
  });
});

describe("a few words quoted inside the writer's own sentence, with no cue", () => {
  const exchange =
    'NYSE PROPOSES CHANGE\n\n    The exchange said, "The NYSE has long advocated settlement in the morning rather than at the close of trading."\n' +
    '    The "triple witching hour" falls four times a year when stock options, index options and futures on index options all expire.\n';

  it('are a term, nobody\'s words, though a speaker spoke just before ("The "triple witching hour" falls …")', () => {
    // Reuters 4847.
    expect(speakerOf(exchange, 'triple witching hour')).toBeNull();
  });

  it('are the last speaker\'s when the sentence is about them ("He rejected a "quick fix solution"")', () => {
    // Reuters 7327.
    const text =
      'JOHNSON SAYS GROWTH WILL DIFFUSE DEBT CRISIS\n\nFederal Reserve Board Vice Chairman Manuel Johnson said a resolution of the debt crisis depends on growth.\n' +
      '    "We can work our way through," Johnson told the Women in Housing and Finance.\n' +
      '    Johnson also underscored the need to continue enforcing loan conditionality and repeated his opposition to debt relief. He rejected a "quick fix solution" adding, "There are no free lunches."\n';
    expect(speakerOf(text, 'quick fix solution')).toBe('Manuel Johnson');
  });

  it('are the speaker\'s a cue after them names ("At Flint, "layoffs could reach 2,000," the automaker said.")', () => {
    // Reuters 15218.
    const text =
      'GM TO CLOSE LINE\n\n    General Motors said its number one line at its Flint, Mich., truck and bus assembly plant will be closed May 29. At that time, General Motors said the line would be closed "by August."\n' +
      '    At Flint, "layoffs could reach 2,000," the automaker said.\n';
    expect(speakerOf(text, 'layoffs could reach')).toBe('General Motors');
  });

  it('are the speaker\'s a cue before them names, though the sentence goes on ("The automaker said "about 2,000 workers" would …", made up)', () => {
    const text =
      'GM TO CLOSE LINE\n\n    General Motors said its Flint truck plant will be closed May 29.\n' +
      '    Separately, the automaker said "about 2,000 workers" would lose their jobs at the plant.\n';
    expect(speakerOf(text, 'about 2,000 workers')).toBe('General Motors');
  });

  it('are the last speaker\'s when a pronoun stands for them ("Her members would fight "every single cut""; "It expects …", made up)', () => {
    const nurses =
      "Nurses reject pay offer\n\nJane Smith, general secretary of the nurses' union, spoke after the talks ended on Monday.\n\n" +
      '"We will not back down," Smith said.\n\nHer members would fight "every single cut" in the new year.\n';
    expect(speakerOf(nurses, 'every single cut')).toBe('Jane Smith');
    const carmaker =
      'GM to close line\n\nGeneral Motors said on Monday its Flint truck plant would close in May.\n\n' +
      '"Demand for these trucks has fallen sharply," the company said.\n\nIt expects the line to stay shut "until at least August" this year.\n';
    expect(speakerOf(carmaker, 'until at least August')).toBe('General Motors');
  });

  it('are the last speaker\'s when the sentence names them ("The speech by Mr Kilroy-Silk set out a "firm but fair" policy", made up)', () => {
    const text =
      'Kilroy-Silk to stand\n\nEx-chat show host Robert Kilroy-Silk is to contest the Derbyshire seat of Erewash.\n\n' +
      '"We will win this seat," Mr Kilroy-Silk said.\n\nThe speech by Mr Kilroy-Silk set out a "firm but fair" policy on immigration.\n';
    expect(speakerOf(text, 'firm but fair')).toBe('Robert Kilroy-Silk');
  });

  it('are nobody\'s when the pronoun stands for someone else than the person quoted ("It expects …" after Jane Smith, made up)', () => {
    const text =
      'Nurses reject pay offer\n\n"We will not back down," Jane Smith said after the trust closed two wards.\n\nIt expects the wards to stay shut "until at least August" this year.\n';
    expect(speakerOf(text, 'until at least August')).toBeNull();
  });
});

describe('"said one" after a sentence that opens on sources in the plural', () => {
  it('is one of them, whatever the verb of that sentence thinks ("Nonetheless, U.S. officials see signs …")', () => {
    // Reuters 10780.
    const text =
      'U.S. PRESSES JAPAN\n\n    Nonetheless, U.S. officials see signs of improvement in the deficit. "I\'d be stunned if we were not going to derive some benefits (from the lower dollar) soon," said one.\n';
    expect(speakerOf(text, "I'd be stunned")).toBe('one official');
  });

  it('is one of them when where they are stands after the noun ("Dealers in the straight bonds noted")', () => {
    // Reuters 16501.
    const text =
      'TEXACO EUROBONDS\n\n    Dealers in the straight bonds noted that the market in them had been basis only for some time. "It wasn\'t a true market, someone asked you a price and you just gave them an idea," one said.\n';
    expect(speakerOf(text, "It wasn't a true market")).toBe('one dealer');
  });

  it('is one of those the sentence says it is reported by, not of those it opens on (made up)', () => {
    const dealers =
      'BONDS STEADY\n\n    Analysts see little chance of a rate cut this month, dealers said. "The Fed will stay put until the summer," said one.\n';
    expect(speakerOf(dealers, 'The Fed will stay put')).toBe('one dealer');
    const diplomats =
      'TALKS ON TRADE\n\n    But officials in the ministry doubt the deal will hold, diplomats reported. "They will walk away by March," said one.\n';
    expect(speakerOf(diplomats, 'They will walk away')).toBe('one diplomat');
  });

  it('is one of those reporting it with a number, a day or a "told" ("…, some bond market dealers told reporters.", made up)', () => {
    const traders =
      'BONDS STEADY\n\n    Analysts see prices holding firm in thin trade, several Tokyo traders said on Friday. "Nobody wants to move before the data," said one.\n';
    expect(speakerOf(traders, 'Nobody wants to move')).toBe('one trader');
    const dealers =
      'BONDS STEADY\n\n    Analysts see little chance of a rate cut, some bond market dealers told reporters. "The Fed will stay put until the summer," said one.\n';
    expect(speakerOf(dealers, 'The Fed will stay put')).toBe('one dealer');
  });
});

describe('a verb of speech that says how the words were spoken', () => {
  it('brings in the speaker after the quote ("…," mumbled one onlooker; "…", implored … Barry Lim; "…," retorted Herman)', () => {
    // Reuters 20897 and 5587, BBC politics 259.
    const text =
      'STOCKS PLUNGE\n\n    The crowd strained to see the ticker display.\n    "I can\'t believe it," mumbled one onlooker.\n\n' +
      '    "I\'m sort of mystified by those comments," retorted Edith Herman, a district manager for ATT.\n\n' +
      '"Don\'t you care about the Inuit?", implored guitar-toting environmental campaigner Barry Lim.\n';
    expect(speakerOf(text, "I can't believe it")).toBe('one onlooker');
    expect(speakerOf(text, "I'm sort of mystified")).toBe('Edith Herman');
    expect(speakerOf(text, "Don't you care")).toBe('Barry Lim');
  });
});

describe('"the <body> chief": whoever leads the body the article names', () => {
  it('is the person named with another title of the body ("the UAW chief" of "UAW president Owen Bieber")', () => {
    // Reuters 16242.
    const text =
      'UAW CHEERS CALL FOR "WAR" ON GM AND FORD\n\n    United Automobile Workers (UAW) president Owen Bieber was loudly cheered by some 3,000 local delegates.\n' +
      '    "It takes two to make peace, but only one to make war," the UAW chief said.\n';
    expect(speakerOf(text, 'It takes two')).toBe('Owen Bieber');
  });

  it('is not the one who spoke before when that one holds another office of it ("the UAW treasurer" after UAW president Owen Bieber, made up)', () => {
    const text = 'UAW WARNS GM\n\n    UAW president Owen Bieber said talks would resume on Monday.\n    "We are ready to walk out," the UAW treasurer said.\n';
    expect(speakerOf(text, 'We are ready to walk out')).toBe('the UAW treasurer');
  });
});
