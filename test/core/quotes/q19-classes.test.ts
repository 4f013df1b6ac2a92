import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { attributedQuotes, speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) and Reuters (1987) articles, cut down to what each rule reads.

/** The speaker of the quote opening with `start` in article `id`, the cast read from all the articles. */
function speakerInStory(articles: { id: string; text: string }[], id: string, start: string): string | null | undefined {
  const { story } = buildStory(articles);
  const text = articles.find((a) => a.id === id)!.text;
  return attributedQuotes(id, text, story.people).find(([q]) => q.startsWith(start))?.[1];
}

describe('a surname the cast knows, going straight on into a longer name, is a firm’s name, not that person', () => {
  const politics = { id: 'p', text: 'Labour conference\n\nThe Sage Centre was heralded by John Prescott and others this weekend.\n' };
  // The wire's own line breaks: a short line ends a paragraph.
  const copper =
    'TALKING POINT/COPPER STOCKS\n17-MAR-1987 08:47:38.36 [copper]\n\nCopper shares, which have lagged\n' +
    'behind the market, should pick up steam this year on stronger\ndemand and improving prices for the metal, analysts said.\n' +
    '    "Their (Phelps Dodge) costs are so low, they don\'t need\n' +
    'copper prices higher than 70 cts to make a lot of money," said\n' +
    'Vahid Fathi of Prescott Ball and Turben Inc. "The shares will\n' +
    'outperform the market over the next 18 months," he said.\n';

  it('gives "…," said Vahid Fathi of Prescott Ball and Turben Inc to Fathi, not to John Prescott of another article', () => {
    const story = [politics, { id: 'c', text: copper }];
    expect(speakerInStory(story, 'c', 'Their (Phelps Dodge)')).toBe('Vahid Fathi');
    expect(speakerInStory(story, 'c', 'The shares will outperform')).toBe('Vahid Fathi');
  });

  it('still reads the surname alone as the person ("…," said Prescott.)', () => {
    const text = 'Labour conference\n\nJohn Prescott opened the centre. "It is a symbol of our success," said Prescott.\n';
    expect(speakerInStory([{ id: 'p', text }], 'p', 'It is a symbol')).toBe('John Prescott');
  });
});

describe('a description of a source ends before a verb of speech, and "pointed out" is a cue', () => {
  // Reuters, 23 March 1987, with the wire's line breaks.
  const head = 'U.S. CORPORATE FINANCE - NOVEL GMAC FINANCING\n23-MAR-1987 10:20:11.83\n\nGMAC sold notes last week.\n';
  const officers =
    '    Officers of Korth and PaineWebber said the GMAC notes were\nselling quickly last week, although the issue had not sold out\nby Friday afternoon.\n';

  it('gives "…," an investment banker pointed out to the banker', () => {
    const text = `${head}${officers}    "In selling to retail investors or smaller institutions,\nyou have to make a lot more telephone calls," an investment\nbanker pointed out.\n`;
    expect(speakerOf(text, 'In selling')).toBe('an investment banker');
  });

  it('never reads "Officers of Korth and PaineWebber said the GMAC" (before "notes") as one source', () => {
    const text = `${head}${officers}    "In selling to retail investors or smaller institutions,\nyou have to make a lot more telephone calls."\n`;
    expect(speakerOf(text, 'In selling')).toBe('Officers of Korth and PaineWebber');
  });
});

describe('whose verdict the words are, named right after the quote, is who spoke', () => {
  const lead = 'Labour\'s core support takes stock\n\nTony Blair has told Labour supporters he\'s "back" and still hungry for the job of prime minister.\n\n';

  it('gives ""…," is the dry assessment of Graham Lane, leader of …" to Lane, not to Blair who spoke in the paragraph before', () => {
    const text = `${lead}"The electorate are keener on the government than some Labour Party members," is the dry assessment of Graham Lane, leader of the Labour group on Newham Council.\n`;
    expect(speakerOf(text, 'The electorate')).toBe('Graham Lane');
  });

  it('reads "was the verdict of" too', () => {
    const text = `${lead}"It was a good speech," was the verdict of Stephen Douglas, 26, from Wales.\n`;
    expect(speakerOf(text, 'It was a good speech')).toBe('Stephen Douglas');
  });
});

describe('a quote standing alone after a sentence that brings in someone new as its subject is the newcomer’s', () => {
  const lead =
    'Labour\'s core support takes stock\n\n"The electorate are keener on the government than some Labour Party members," said Graham Lane, leader of the Labour group on Newham Council. ';

  it('gives the quote after "His friend, Saxon Spence, leader of …, lays the blame …" to Spence, not to Lane who spoke before', () => {
    const text = `${lead}His friend, Saxon Spence, leader of Devon county Labour group, lays the blame for any lack of campaigning zeal on one issue above all others. "You cannot underestimate the impact of the war in Iraq."\n`;
    expect(speakerOf(text, 'You cannot underestimate')).toBe('Saxon Spence');
  });

  it('leaves the quote to Lane when the person was named before (spoken about, not brought in)', () => {
    const text = `Labour\n\nSaxon Spence chaired the meeting. ${lead.slice(lead.indexOf('"'))}Saxon Spence agreed with much of it. "You cannot underestimate the impact of the war in Iraq."\n`;
    expect(speakerOf(text, 'You cannot underestimate')).toBe('Graham Lane');
  });
});

describe('an outlet in the title of someone named after it is where they work, whether or not the cast knows them', () => {
  it('gives "…," points out former Olympian and BBC pundit Steve Cram to Cram, not to the BBC', () => {
    const text =
      "Holmes news\n\nHolmes has now pulled out of this weekend's European Indoor Championships. " +
      '"Well, it\'s a lot easier being the double Olympic champion, being feted by everybody," points out former Olympian and BBC pundit Steve Cram.\n';
    expect(speakerOf(text, 'Well, it')).toBe('Steve Cram');
  });
});

describe('a "he says" set off by commas in a sentence that opens on "He" stands for whom that "He" does', () => {
  it('gives "He has even been called the Ed Sullivan or Johnny Carson of podcasting which, he says, "…"" to Curry, not to Carson', () => {
    const text =
      'Podcasts mark rise of DIY radio\n\nFor his part, Adam Curry is pressing ahead with his own vision of what podcasting should be. ' +
      'He loves doing The Daily Source Code because it is about introducing good music to new audiences. ' +
      'He has even been called the Ed Sullivan or Johnny Carson of podcasting which, he says, "is a badge I\'ll wear with great honour."\n';
    expect(speakerOf(text, 'is a badge')).toBe('Adam Curry');
  });
});
