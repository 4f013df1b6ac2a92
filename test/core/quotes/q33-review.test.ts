import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News and Reuters copy, each built to show one rule, except where a test names its source.

describe("a few words quoted in the writer's sentence after someone spoke", () => {
  const union = (sentence: string) =>
    `Union chief under fire\n\nJane Smith, general secretary of the nurses' union, spoke after the talks ended on Monday.\n\n"We will not back down," Smith said.\n\n${sentence}\n`;

  it('are not hers when "her" is only in what the sentence tells of ("placards bearing her photograph and the words "…"")', () => {
    expect(speakerOf(union('Protesters outside waved placards bearing her photograph and the words "shame on Smith" on Monday.'), 'shame on Smith')).toBeNull();
  });

  it('are not hers when the pronoun is a man\'s ("Newspapers ran his photograph …"; "His members …")', () => {
    expect(speakerOf(union('Newspapers ran his photograph beside the headline "the great betrayer" on Tuesday.'), 'the great betrayer')).toBeNull();
    expect(speakerOf(union('His members would fight "every single cut" in the new year.'), 'every single cut')).toBeNull();
  });

  it('are hers when she is the subject after a time ("On Tuesday she called the offer "an insult"") or after "But" ("But her members …")', () => {
    expect(speakerOf(union('On Tuesday she called the offer "an insult" to every nurse.'), 'an insult')).toBe('Jane Smith');
    expect(speakerOf(union('But her members would fight "every single cut" in the new year.'), 'every single cut')).toBe('Jane Smith');
  });

  it('are not hers when the pronoun is inside a clause of its own ("When she arrived in Leeds, nurses chanted "…"")', () => {
    expect(speakerOf(union('When she arrived in Leeds, nurses chanted "shame on you" at her car.'), 'shame on you')).toBeNull();
    expect(speakerOf(union('Papers she signed on Tuesday describe the plan as "a fresh start" for nurses.'), 'a fresh start')).toBeNull();
  });
});

describe('"the premier" after a prime minister', () => {
  it('is the prime minister, a premier by another title (Reuters shape)', () => {
    const text =
      'JAPAN TO OPEN MARKETS\n\n    Japanese Prime Minister Yasuhiro Nakasone said Japan would open its markets to more U.S. goods.\n' +
      '    "We must do more to cut our trade surplus," the premier said.\n';
    expect(speakerOf(text, 'We must do more')).toBe('Yasuhiro Nakasone');
  });

  it('is not one who held the office before or holds it in second place ("the premier" after a former or a deputy prime minister)', () => {
    for (const who of ['Former Prime Minister Takeo Fukuda', 'Deputy Prime Minister Shin Kanemaru']) {
      const text =
        `JAPAN TO OPEN MARKETS\n\n    ${who} said Japan would open its markets to more U.S. goods.\n` +
        '    "We must do more to cut our trade surplus," the premier said.\n';
      expect(speakerOf(text, 'We must do more')).toBe('the premier');
    }
  });

  it('is not one who holds another office, as the subject of the sentence before ("the premier" after a finance minister)', () => {
    const text =
      'JAPAN TO OPEN MARKETS\n\n    Finance Minister Kiichi Miyazawa met U.S. Treasury officials in Washington on Monday.\n' +
      '    "We must do more to cut our trade surplus," the premier said.\n';
    expect(speakerOf(text, 'We must do more')).toBe('the premier');
  });
});

describe("a few words quoted in the writer's sentence after a firm spoke", () => {
  const gm = (sentence: string) =>
    `GM to close line\n\nGeneral Motors said on Monday its Flint truck plant would close in May.\n\n"Demand for these trucks has fallen sharply," the company said.\n\n${sentence}\n`;

  it('are its words when the sentence opens on "it", after a connective ("But it expects …")', () => {
    expect(speakerOf(gm('But it expects the line to stay shut "until at least August" this year.'), 'until at least August')).toBe('General Motors');
  });

  it('are nobody\'s when "it" is further on, not the subject ("A plant in Ohio makes it harder …")', () => {
    expect(speakerOf(gm('A plant in Ohio makes it harder to keep the line "running at full speed" this year.'), 'running at full speed')).toBeNull();
  });
});

describe("a legislator's party and state between the name and the cue (Reuters)", () => {
  it('leave the quote to the name before them ("…," Sen. David Boren (D-Okla.) said.)', () => {
    // Reuters 177.
    const text =
      'U.S. FARM CREDIT RESCUE BILL SEEN BEFORE EASTER\n\n' +
      '    "We\'re going to have a bill to markup, I guarantee you,\nbefore the Easter recess," Sen. David Boren (D-Okla.) said.\n';
    expect(speakerOf(text, "We're going to have a bill")).toBe('David Boren');
  });

  it('leave it to the name, not to whom the cue tells it ("…," Rep. Lane Evans (D-Ill.) told a hearing of the House Agriculture Subcommittee …)', () => {
    // Reuters 10070, cut down.
    const text =
      'FUTURES INDUSTRY WARNS ON TAX\n\n    Several U.S. House members said a tax on futures trades would drive business overseas.\n' +
      "      \"I'm from the state of Illinois, and we don't want to see\nChicago's futures markets become the automobile or textile\nindustry of the 1980s,\" Rep. Lane Evans (D-Ill.) told a hearing\nof the House Agriculture Subcommittee on Conservation, Credit\nand Rural Development.\n";
    expect(speakerOf(text, "I'm from the state of Illinois")).toBe('Lane Evans');
  });
});

describe('"X, a role, was quoted as saying" after a quote', () => {
  it('gives the quote to X ("…," Mario Amato, president of the Sao Paulo State Industries\' Federation, was quoted as saying.)', () => {
    // Reuters 8192.
    const text =
      'BRAZIL BUSINESS LEADERS CALL FOR TALKS WITH IMF\n\n' +
      '    "We have to discuss the foreign debt like Mexico does, if\nnecessary going to the IMF," Mario Amato, president of the Sao\nPaulo State Industries\' Federation, was quoted as saying.\n';
    expect(speakerOf(text, 'We have to discuss the foreign debt')).toBe('Mario Amato');
  });
});

describe('a speaker named after the quote with a title that holds a colon', () => {
  it('is the speaker ("…," said Dr Alastair Brydon, author of the Analysys report: Pushing Beyond the Limits of 3G …)', () => {
    // BBC tech 032.
    const text =
      'Super 3G\n\n"While HSDPA theoretically enables data rates up to a maximum of 14Mbps, practical throughputs will be lower than this in wide-area networks," said Dr Alastair Brydon, author of the Analysys report: Pushing Beyond the Limits of 3G with HSDPA and Other Enhancements.\n';
    expect(speakerOf(text, 'While HSDPA theoretically')).toBe('Alastair Brydon');
  });

  it('still hands the quote on when the colon brings in the next one ("…," Wenger added: "…", made up)', () => {
    const text = 'Arsenal win\n\nArsenal beat Chelsea 2-1 on Sunday. "We played well," Arsene Wenger added: "We will see about the title."\n';
    expect(speakerOf(text, 'We played well')).toBeNull();
    expect(speakerOf(text, 'We will see about the title')).toBe('Arsene Wenger');
  });
});

describe('"said the top seed" after a sentence about a player', () => {
  it('is the player the sentence before is about (BBC sport 459)', () => {
    const text =
      'Federer into Qatar semis\n\nRoger Federer beat Nikolay Davydenko in straight sets. Federer, who lost in the quarter-final in his last Qatar appearance in 2003, was happy with his form. "I think I played better than against Greg Rusedski and I am happy I am playing so well," said the top seed.\n';
    expect(speakerOf(text, 'I think I played better')).toBe('Roger Federer');
  });
});

describe('"X, a role or a name, was quoted as saying"', () => {
  it('is the name set off by commas after a title ("The EU\'s Humanitarian Aid Commissioner, Louis Michel, was quoted as saying …")', () => {
    // BBC business 353.
    const text =
      'Tsunami aid pledged\n\nThe EU\'s Humanitarian Aid Commissioner, Louis Michel, was quoted as saying that it was key to bring aid "in those vital hours and days immediately after the disaster".\n';
    expect(speakerOf(text, 'in those vital hours')).toBe('Louis Michel');
  });
});

describe('a verb of speech straight after the closing mark, with no comma', () => {
  it('hands the quote to the name after "explained" ("…costs]" explained Kazuhiro Takahashi of Daiwa Securities SMBC)', () => {
    // BBC business 140, cut down.
    const text =
      'Steel shares slide\n\n"It sparked worries that steel makers might not be able to increase product prices further [ to cover rising ore costs]" explained Kazuhiro Takahashi of Daiwa Securities SMBC.\n';
    expect(speakerOf(text, 'It sparked worries')).toBe('Kazuhiro Takahashi');
  });
});

describe('"it said" after a document spoke', () => {
  it('is the prospectus, a document whose noun ends in -s but is no plural (Reuters 17904)', () => {
    const text =
      'FUJITSU UNIT PROSPECTUS\n\n    "By subsequent agreements, the parties have resolved some of the issues," the prospectus said.\n' +
      '    "The Company is not in a position to predict with certainty the outcome of this process," it said.\n';
    expect(speakerOf(text, 'The Company is not in a position')).toBe('the prospectus');
  });

  it('is the summary that said the words before (Reuters 16948, cut down)', () => {
    const summary =
      "WORLD BANK SUGGESTS MORE OPEN ECONOMY FOR INDIA\n\n    The summary said foreign trade must play a key role in India's economy.\n" +
      '    "The main guideline is to abandon the present principle of unlimited protection," the summary said. "Imports are a source of discipline on prices," it added.\n';
    expect(speakerOf(summary, 'The main guideline')).toBe('the summary');
    expect(speakerOf(summary, 'Imports are a source')).toBe('the summary');
  });
});

describe('someone described by where they are not ("an underwriter away from the syndicate")', () => {
  it('is the speaker, with or without a comma after the quote (Reuters 8272, 10931, 19588)', () => {
    const text =
      'GMAC DEBT SALE\n\n    "The GMAC financing seemed tailor-made for those retail investors," commented one underwriter away from the syndicate.\n' +
      '    "There will be a scramble for paper in the third and fourth quarters of this year" one trader said.\n';
    expect(speakerOf(text, 'The GMAC financing')).toBe('one underwriter away from the syndicate');
    expect(speakerOf(text, 'There will be a scramble')).toBe('one trader');
  });
});

describe('a title after the quote ("…," the U.S. Ambassador said)', () => {
  it('is whom the article names with a title of something ("U.S. Ambassador to GATT Michael Samuels", Reuters 20462)', () => {
    const text =
      'U.S. TAKES TOUGH STAND ON GATT FARM ISSUES\n\n    The United States is prepared to defend its agricultural trade rights, U.S. Ambassador to GATT Michael Samuels said.\n' +
      '    Washington will review the EC proposal when it is formally submitted.\n' +
      '    "We will consider its relation to the Punta del Este declaration," the U.S. Ambassador said.\n';
    expect(speakerOf(text, 'We will consider its relation')).toBe('Michael Samuels');
  });

  it('is the secretary of State for "the secretary" (made up)', () => {
    const text =
      'SHULTZ IN TOKYO\n\n    Secretary of State George Shultz met Japanese officials on Monday.\n' +
      '    "We will consider its relation to the declaration," the secretary said.\n';
    expect(speakerOf(text, 'We will consider its relation')).toBe('George Shultz');
  });
});

describe('a full stop for the comma before "he said"', () => {
  it('ends no sentence: no sentence opens on "he" in small letters (Reuters 21186)', () => {
    const text =
      'SEIDMAN WORRIED ABOUT U.S. CONSUMER CONFIDENCE\n\n    Federal Deposit Insurance Corp chairman William Seidman said he is worried about consumer confidence.\n' +
      '    But Seidman was relaxed about the implications for banks. "I don\'t see any near-term effect on the banking system. We don\'t expect that to happen." he said.\n';
    expect(speakerOf(text, "I don't see any near-term effect")).toBe('William Seidman');
  });
});
