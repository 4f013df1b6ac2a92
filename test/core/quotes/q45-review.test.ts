import { describe, expect, it } from 'vitest';
import { attributedQuotes, speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('a source the sentence says an outlet contacted or polled ("A Fiat spokesman contacted by Reuters said")', () => {
  // Reuters 4134.
  const opening = 'FIAT BOND RUMOURED\n\nThe Milan daily said a bond issue was under study.\n';

  it('is the speaker, not the outlet that asked', () => {
    const text = `${opening}A Fiat spokesman contacted by Reuters said only that the report was "one of the typical rumours on the bourse."\n`;
    expect(speakerOf(text, 'one of the typical')).toBe('a Fiat spokesman');
  });

  it('is so for a plural source after "and" opening the clause', () => {
    const text = `${opening}Shares fell, and bankers polled by Reuters said the issue was "a matter of weeks away."\n`;
    expect(speakerOf(text, 'a matter of')).toBe('bankers');
  });
});

describe('a name right before the "who" that opens a cue\'s clause ("including Mitchell who urged")', () => {
  // Reuters 4008.
  it('is the speaker, though the clause opens on "including" after another name', () => {
    const text =
      'CLARK SEES MOVEMENT\n\nJoe Clark met Secretary of State James Baker and Senator George Mitchell. ' +
      'The issue was discussed with Baker and several of the senators, including Mitchell who urged Canada to "keep the heat on" ' +
      'the administration, Canadian officials said.\n';
    expect(speakerOf(text, 'keep the heat')).toBe('George Mitchell');
  });
});

describe('a quote that lost its closing mark before the cue that names its speaker', () => {
  it('ends at the comma before an inverted cue, when the next quote opens in the same paragraph', () => {
    // Reuters 54.
    const text =
      'ECONOMY SLOWS\n\nEconomists said orders fell.\n' +
      '    "It\'s a rather gloomy outlook for the economy, said David Wyss of Data Resources Inc. "I\'m particularly impressed by the drop," he added.\n';
    expect(attributedQuotes('a1', text)).toEqual([
      ["It's a rather gloomy outlook for the economy,", 'David Wyss'],
      ["I'm particularly impressed by the drop,", 'David Wyss'],
    ]);
  });

  it('ends at the comma before the cue when the paragraph goes on after the cue', () => {
    // Reuters 4969.
    const text =
      'CITICORP HOLDS FIRM\n\nAnalysts were calm.\n' +
      '    "I don\'t see any reason to change full year earnings estimates, said Frederick Meinke, analyst at Hutton. He thinks the talks could end well.\n' +
      '    Meinke noted that the loans were repaid.\n';
    expect(attributedQuotes('a1', text)).toEqual([["I don't see any reason to change full year earnings estimates,", 'Frederick Meinke']]);
  });
});

describe('a cue set off by commas inside the sentence, its speaker after it ("The idea, says BT, is to shape a "…"")', () => {
  const opening = 'YEN FIRM\n\nAnalysts said the yen would rise. ';

  it("brings in the words after it as that speaker's, named with where they work", () => {
    // BBC business, 2005.
    const text = `${opening}The ministers' comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were "generally too weak to move the market".\n`;
    expect(speakerOf(text, 'generally too weak')).toBe('Junya Tanase');
  });

  it('does so for a body, not the analysts quoted before', () => {
    // BBC tech, 2005.
    const text = `${opening}The idea, says BT, is to shape a "21st Century model" for the network.\n`;
    expect(speakerOf(text, '21st Century model')).toBe('BT');
  });
});

describe('"it" in the clause of a sentence that opens on a name no person bears ("Delta has declined … what it calls "…"")', () => {
  // BBC tech, 2004.
  it('is that name, not a body heard from earlier', () => {
    const text =
      'BLOGGER FIRED\n\nA flight attendant was fired over her blog, BT said. "We are sorry," it said.\n' +
      'Delta has repeatedly declined to elaborate on what it calls "internal employee matters".\n';
    expect(speakerOf(text, 'internal employee')).toBe('Delta');
  });
});

describe('"the West German banking sources" after "senior West German banking sources" and then "Diplomatic sources in Bonn"', () => {
  // Reuters 950 (1987).
  it('is the banking sources it names again, not the last sources heard from, though both are "sources"', () => {
    const text =
      'BRAZIL SEEKS HELP\n\nBrazil wants help, senior West German banking sources said.\n' +
      'Diplomatic sources in Bonn said Funaro would leave early tomorrow.\n' +
      'However, the West German banking sources said institutions felt there must be a "rapprochement" with the IMF.\n';
    expect(speakerOf(text, 'rapprochement')).toBe('senior West German banking sources');
  });
});

describe('an aside with any verb of speech ("the government, suggests Mr Davies, could act as a "middleman"")', () => {
  // BBC tech 191.
  it('names the speaker of the words after it, not the subject it interrupts', () => {
    const text =
      'ID cards\n\nSimon Davies works at the IPPR think tank. The government, suggests Mr Davies, could act as an intermediary or "middleman" for the data.\n';
    expect(speakerOf(text, 'middleman')).toBe('Simon Davies');
  });
});

describe('a verb that takes an object after a comma ("Melvin Sims, USDA sales manager, told Reuters he …, but that "…"")', () => {
  // Reuters 12943 (1987).
  it('sets off no aside: the one named before it is the speaker, not the outlet told', () => {
    const text =
      'USDA CORRECTS TURKEY CREDITS\n\nThe department corrected its announcement. ' +
      'Melvin Sims, USDA general sales manager, told Reuters he did not anticipate any plywood would be included in the sales, but that "it\'s possible it would be."\n';
    expect(speakerOf(text, "it's possible")).toBe('Melvin Sims');
  });
});

describe('a name before "biographer" and the biographer\'s name ("said Cobain biographer Charles Cross")', () => {
  // BBC entertainment 155.
  it('is whom the biographer writes of: the biographer speaks', () => {
    const text = 'Nirvana diaries\n\nKurt Cobain died in 1994. "The band was not always pretty," said Cobain biographer Charles Cross.\n';
    expect(speakerOf(text, 'The band was')).toBe('Charles Cross');
  });
});

describe('a capitalised word in quote marks right before a noun in the plural ("anti-ship "Silkworm" missiles")', () => {
  // Reuters 8109 and 2979 (1987).
  it("names a kind of thing: no one's words, though the sentence reports officials", () => {
    const text = 'IRAN MISSILES\n\nU.S. officials have said Iran has new Chinese-made anti-ship "Silkworm" missiles, which pose a threat.\n';
    expect(speakerOf(text, 'Silkworm')).toBeUndefined();
  });

  it('is still a report\'s word where it opens the sentence (""Dubious" assumptions …")', () => {
    // BBC politics 098.
    const text =
      'Scottish budget warning\n\nThe report was published by the Fraser of Allander Institute. "Dubious" assumptions about health spending were made, the report warned.\n';
    expect(speakerOf(text, 'Dubious')).toBe('the report');
  });
});
