import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News and Reuters copy, each built to show one rule.

describe('a body by the kind its name ends in ("the corporation", "the council", "the chamber")', () => {
  it('is the body the article just heard from, not a person quoted after it (Reuters shape)', () => {
    const text =
      'UTILITY TO BORROW LESS\n\n    Escom said it plans to raise 2.2 billion rand in the local markets this year.\n' +
      '    "The borrowing programme is well within the capacity of the markets," the corporation said.\n' +
      '    "Last year we embarked on a dramatic restructuring programme," Escom chairman, John Maree, told a news conference.\n';
    expect(speakerOf(text, 'The borrowing programme')).toBe('Escom');
  });

  it('is at least the body described when the article names none that spoke', () => {
    const text =
      'Pop show moves\n\nThe weekly chart show is to move to a Sunday slot on another channel.\n\n' +
      'The corporation said the new show "aims to appeal to a wide audience of music lovers".\n';
    expect(speakerOf(text, 'aims to appeal')).toBe('the corporation');
  });
});

describe('where a body is based ("the Washington-based Atlantic Council")', () => {
  it('is no part of the name it speaks under', () => {
    const text =
      'TRADE PACT BACKED\n\n    A free trade pact would help both countries, a study group said.\n' +
      '    "It suggests a new confidence," the Washington-based Atlantic Council said.\n';
    expect(speakerOf(text, 'It suggests a new')).toBe('Atlantic Council');
  });
});

describe('many who speak as one, by what they do ("said the artists")', () => {
  it('are the speaker, as "the researchers" are', () => {
    const text =
      'River art unveiled\n\nA light show traces the course of a river bricked up in the 19th Century.\n\n' +
      '"The river was integral to the city for hundreds of years," said the artists.\n';
    expect(speakerOf(text, 'The river was integral')).toBe('the artists');
  });
});

describe('a word written with its first letters cut off ("\'bot nets", "\'N")', () => {
  it('opens no quote, so the quote after it keeps its speaker', () => {
    const text =
      "Hijacked PCs\n\nCriminals also seem to use 'bot nets for identity theft. " +
      '"Leveraging the power of several thousand bots, it is viable to take down almost any website," said the researchers.\n';
    expect(speakerOf(text, 'Leveraging the power')).toBe('the researchers');
  });

  it('opens no quote in a firm\'s name ("Pay \'N Pak")', () => {
    const text = "PAY 'N PAK SEEKS BUYER\n\n    Pay 'N Pak Stores Inc said it had hired an adviser to explore a sale.\n";
    expect(speakerOf(text, 'N Pak Stores')).toBeUndefined();
  });
});

describe('a body named before by its letters or through its spokesman', () => {
  it('is "the institute" that spoke as IPECODE in the sentence before (Reuters shape)', () => {
    const text =
      'SPAIN GROWTH SEEN SLOWER\n\n    Inflation is likely to rise to 2.9 pct at the end of this year, IPECODE said, while the government has forecast 2.5 pct.\n' +
      '    However, the institute said inflation would fall back at the end of 1988, "provided that real wage costs remain in check."\n';
    expect(speakerOf(text, 'provided that real wage')).toBe('IPECODE');
  });

  it('is not a word of a wire headline in capitals ("SENATORS")', () => {
    const text =
      'SENATORS SAY PROBE WAS BOTCHED\n\n    The Justice Department botched its inquiry into the shipyard, two senior senators charged.\n' +
      '    "Serious mistakes were made at every stage," the committee said.\n';
    expect(speakerOf(text, 'Serious mistakes')).not.toBe('SENATORS');
  });

  it('is the body "the organisation" a spokesman spoke for just before (BBC shape)', () => {
    const text =
      'Blogger jailed\n\nA spokesman for Reporters Without Borders described the sentence as "harsh".\n\n' +
      '"The authorities are trying to make an example of him," the organisation said in a statement.\n';
    expect(speakerOf(text, 'The authorities are trying')).toBe('Reporters Without Borders');
  });
});

describe('a lone capital after a cue ("said U.S. Hostage …")', () => {
  it('is an initial, no speaker for the quotes after it', () => {
    const text =
      'GROUP SAYS HOSTAGE ILL\n\n    Kidnappers of four professors, three American and one Indian, said U.S. Hostage Alann Steen was ill.\n' +
      '    "He might die in 10 days," said a hand-written statement by Islamic Jihad for the Liberation of Palestine delivered to a newspaper.\n' +
      '    "Our motives require that we free him," said the statement.\n';
    expect(speakerOf(text, 'Our motives require')).not.toBe('U');
  });
});

describe('a sentence that turns after "but" to someone named with whom they are with', () => {
  it('hands the next "he said" to them ("but Tennis Australia\'s Geoff Pollard rejected his comments")', () => {
    const text =
      'Officials respond in court row\n\nThe Australian Open courts have been criticised by Lleyton Hewitt.\n\n' +
      'Hewitt said he had had a "gutful" of asking for a faster surface but Tennis Australia\'s Geoff Pollard rejected his comments. ' +
      '"We did ask for it to be made faster than last year," he said.\n';
    expect(speakerOf(text, 'We did ask')).toBe('Geoff Pollard');
  });
});

describe('a name after the quote with two descriptions set off after it', () => {
  it('is the speaker, not the body the first description names ("Mark Olson, president of the ABA, the largest U.S. bankers group, said")', () => {
    const text =
      'BANKERS SEE NO RECESSION\n\n    But the leaders of the American Bankers Association said the drop was probably only temporary.\n' +
      '    "The underlying basics of the economy are still strong," Mark Olson, president of the ABA, the largest U.S. bankers group, said.\n';
    expect(speakerOf(text, 'The underlying basics')).toBe('Mark Olson');
  });
});

describe('a description that says where its someone works by a place\'s letters ("a dealer at one U.S. bank")', () => {
  it('goes on past the letters, not cut at their first stop', () => {
    const text = 'DOLLAR STEADY\n\n    "It promises to be a boring day," said a dealer at one major U.S. bank.\n';
    expect(speakerOf(text, 'It promises')).toBe('a dealer at one major U.S. bank');
  });
});

describe('a month that is also a given name, after a role word ("food analyst June Page")', () => {
  it("opens the speaker's name, whom the tag after the quote names", () => {
    const text =
      'FOOD STOCKS RISE\n\n    Food stocks rose again, analysts said.\n' +
      '    "This is an earnings-driven market," E.F. Hutton food analyst June Page said.\n';
    expect(speakerOf(text, 'This is an earnings-driven')).toBe('June Page');
  });
});

describe('a firm known by letters joined by "&" ("B&B", "M&S")', () => {
  it('is a speaker, after the quote and before it', () => {
    const text =
      'Optimism over housing\n\nThe UK property market remains robust, according to mortgage lender Bradford & Bingley.\n\n' +
      'Overall, B&B said that "housing market fundamentals remain strong". "Interest rates are likely to remain low."\n\n' +
      '"We are bringing in ranges at new price points," said M&S.\n';
    expect(speakerOf(text, 'housing market fundamentals')).toBe('B&B');
    expect(speakerOf(text, 'Interest rates are likely')).toBe('B&B');
    expect(speakerOf(text, 'We are bringing in ranges')).toBe('M&S');
  });
});

describe('"the spokesman" after two spokesmen of different employers', () => {
  const text =
    'FAKE SHOES TURNED AWAY\n\n    A Ministry of Finance spokesman said officials at the ports had begun barring counterfeit footwear.\n' +
    '    A spokesman for Reebok Japan said the firm had complained of the influx to the Ministry last July.\n' +
    '    "Because of various reasons, we cannot say how many pairs have been turned away," the ministry spokesman said.\n' +
    '    The Reebok spokesman said an unspecified number of fake Reeboks have made it into the country.\n' +
    '    "They go for about 20 to 30 pct less than the price of genuine Reeboks," the spokesman said.\n';

  it('is the one whose employer the sentence before names ("The Reebok spokesman said …")', () => {
    expect(speakerOf(text, 'They go for about')).toBe('a spokesman for Reebok Japan');
  });

  it('is the same source where one says only where it is from ("the Japanese brokerage house economist")', () => {
    const economist =
      'TOKYO RATES\n\n    "Rates may fall," said an economist at one of Japan\'s major brokerage houses.\n' +
      '    "Until last week, a discussion of lower rates was unthinkable," said the Japanese brokerage house economist.\n';
    expect(speakerOf(economist, 'Until last week')).toBe("an economist at one of Japan's major brokerage houses");
  });
});
