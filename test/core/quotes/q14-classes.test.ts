import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) articles and Reuters (1987) wires, cut down to what each rule reads.

describe("looksLikePersonName: a surname with a capital after its prefix, and a given name that is a bare initial, are a person's", () => {
  it('gives "…," he said after "…," noted Ward McCarthy of Merrill Lynch to McCarthy, not to the analyst quoted before him', () => {
    const text =
      'U.S. RETAIL SALES RISE MASKS WEAK TREND - ANALYSTS\n12-MAR-1987 11:36:21.85\n\n' +
      '    "The trend is toward continued spending but certainly at a\nmuch more sluggish pace," said Don Maude of Midland Montagu\nCapital Markets Inc.\n' +
      '    "You can see a pattern developing," Maude said.\n' +
      '    "The increase in non-auto sales was broadbased,"\nnoted Ward McCarthy of Merrill Lynch Capital Markets Inc. "It was a pretty healthy\nreport."\n' +
      '    A 0.7 pct increase in disposable personal income in January\nprobably helped boost spending in February, he said.\n' +
      '    "A lot of people may be inadvertently under-withholding\ntaxes from their paychecks," he said.\n';
    expect(speakerOf(text, 'A lot of people')).toBe('Ward McCarthy');
  });

  it('gives "He says … "wasn\'t that unusual"" after "E Hayot, writing in …, said recently: …" to E Hayot, not to a reader quoted before', () => {
    const text =
      'Losing yourself in online gaming\n\n' +
      'But some struck a more worrying tone: "Shame they are getting more popular," wrote Stuart Stanton-Davies, in Huddersfield. ' +
      'E Hayot, writing in the culture blogzine Print Culture, said recently: "I used to play the online role-playing game EverQuest a lot."\n\n' +
      'He says that in the world of online gaming such behaviour "wasn\'t that unusual; lots of people I knew in the game played EQ that much".\n';
    expect(speakerOf(text, "wasn't that unusual")).toBe('E Hayot');
  });
});

describe('remember: a place the lexicon knows that speaks is no one a later "he" stands for', () => {
  it('gives "…," he said after "The U.S. Complained in 1986 …" to the bank president quoted before, not to the United States', () => {
    const text =
      "ADB'S FUJIOKA SAYS STALEMATE WITH TAIWAN CONTINUES\n21-APR-1987 01:59:57.97\n\n" +
      'The Asian Development Bank will not change its decision, bank president Masao Fujioka said.\n' +
      '    But Fujioka said the ADB should not compete with private\n' +
      'banks. "We have a narrow path to walk," he said.\n' +
      "    He said he was happy with the decision of the bank's donor\n" +
      "countries to increase the ADB's fund for soft loans.\n" +
      '    The fourth replenishment of the soft-loan window, the Asian\n' +
      'Development Fund , brought it to 3.6 billion dlrs, from 3.2\n' +
      'billion, Fujioka said. In particular the United States has\n' +
      'maintained its 16 pct share," said the ADB chief.\n' +
      '    He said there had been disagreements with the U.S., Which\n' +
      "holds 14.9 pct of the bank's equity, over lending policies. The\n" +
      'U.S. Complained in 1986 the ADB was granting bad loans in its\n' +
      'impatience to hit lending targets.\n' +
      '    "I suspect there is some arm-twisting," he said.\n';
    expect(speakerOf(text, 'I suspect there is')).toBe('Masao Fujioka');
  });
});

describe('documentSubject and "…," it said: a writing the sentence before opens on, named or not, is whom "it" means', () => {
  const text =
    'WASHINGTON WATCH\n26-FEB-1987 15:38:26.23\n\n' +
    '    "This is certification of incompetence," private political\nanalyst Stephen Hess told Reuters.\n' +
    '    The report may also undermine the standing of Defense\nSecretary Caspar Weinberger and Secretary of State George\n' +
    'Shultz, who the report suggests were more interested in keeping\ntheir own skirts clean than supporting the president.\n' +
    '    "They protected the record as to their own positions on this\nissue. They were not energetic in attempting to protect the\n' +
    'president from the consequences," it said.\n';

  it('gives "…," it said after "The report may also undermine … Caspar Weinberger …" to the report, not to Weinberger', () => {
    expect(speakerOf(text, 'They protected the record')).toBe('the report');
  });

  it('leaves "…," it said with no writing or body before it to no one, not to the person the sentence before names', () => {
    const noWriting = text.replace('The report may also undermine', 'Critics may also question');
    expect(speakerOf(noWriting, 'They protected the record')).toBeNull();
  });
});

describe('ANONYMOUS and descriptionHead: a body\'s name that goes on with "for" or "of" before the noun stays in the description', () => {
  const text =
    "CSA chief who 'quit' still in job\n\n" +
    'On that day\'s Today programme Mr Johnson was asked why Mr Smith had been allowed to resign. He replied: "The chief executive decided it was time to move on." ' +
    'A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post and that he would continue in the job until a replacement was found. ' +
    '"No date was ever given for Doug Smith\'s departure," she said adding that the post had been advertised.\n';

  it('gives "…," she said after "A Department for Work and Pensions spokeswoman confirmed …" to the whole description, not to "Pensions spokeswoman" nor to Johnson', () => {
    expect(speakerOf(text, 'No date was ever given')).toBe('a Department for Work and Pensions spokeswoman');
  });
});

describe('cueMatches: "continue" before "to" goes on doing, it does not speak', () => {
  it('gives "the company says the article continues to "…"" to the company, not to the journal that ran the article', () => {
    const text =
      'Wal-Mart fights back at accusers\n\n' +
      'The move is in response to a British Medical Journal article that claimed "missing" Lilly documents linked Prozac to suicide and violent behaviour. ' +
      'In the averts, entitled An Open Letter from chief executive Sidney Taurel, the company says the article continues to "needlessly spread fear among patients who take Prozac".\n';
    expect(speakerOf(text, 'needlessly spread fear')).toBe('the company');
  });

  it('still reads "…," he continued as a cue', () => {
    const text = 'Row over speech\n\nJohn Smith spoke first. "We will win this," he continued.\n';
    expect(speakerOf(text, 'We will win this')).toBe('John Smith');
  });
});

describe('readSpeaker: a clause that speaks through a writing ("using an open letter from …") names the writer', () => {
  it('gives "…, using an open letter from company president Lee Scott saying … "unfiltered truth"" to Lee Scott, not to the newspaper the adverts ran in', () => {
    const text =
      'Wal-Mart fights back at accusers\n\n' +
      'Wal-Mart kicked off the battle with adverts in newspapers like the Wall Street Journal, using an open letter from company president Lee Scott saying it was time for the public to hear the "unfiltered truth".\n';
    expect(speakerOf(text, 'unfiltered truth')).toBe('Lee Scott');
  });

  it('leaves a clause that answers a writing alone: "Smith, responding to a letter from Jones, said …" is Smith\'s', () => {
    const text = 'Row over speech\n\nJohn Smith, responding to a letter from Ann Jones, said the plan was "dead in the water".\n';
    expect(speakerOf(text, 'dead in the water')).toBe('John Smith');
  });
});

describe('subjectBefore: an aside between spaced dashes right before the cue is no part of the subject', () => {
  it('gives "One unnamed correspondent - all are anonymous - wrote: …" to the correspondent', () => {
    const text =
      'Losing yourself in online gaming\n\n' +
      'Jane, who runs the website, compiles a chronicle of heart-rending stories. One unnamed correspondent - all are anonymous - wrote: "On the rare nights when my husband does come to bed at the same time as I do, I find that I am so used to sleeping by myself."\n';
    expect(speakerOf(text, 'On the rare nights')).toBe('one unnamed correspondent');
  });

  it('keeps the name before an aside that follows a firm: "Anshuman Magazine, managing director, of CB Richard Ellis - an international real estate company - told the BBC"', () => {
    const text =
      'India opens property to investors\n\n' +
      'Anshuman Magazine, managing director, of CB Richard Ellis - an international real estate company - told the BBC this was "a big positive step."\n';
    expect(speakerOf(text, 'a big positive step')).toBe('Anshuman Magazine');
  });
});

describe('resolvePronoun: a sentence that opens on a lone given name before a relative clause is about that person', () => {
  it('gives "…," she said after "Jane, who runs the website, compiles a chronicle …" to Jane', () => {
    const text =
      'Losing yourself in online gaming\n\n' +
      'The thoughts of families and friends of gamers can be found on one blog EverQuest Daily Grind. Jane, who runs the website, compiles a chronicle of heart-rending stories. "I am actually convinced at this point that there are more than \'some\' people who spend more times in MMOPRGs than in reality," she said.\n';
    expect(speakerOf(text, 'I am actually convinced')).toBe('Jane');
  });

  it('leaves "…," he said after "Jane, who runs the website, …" to no one: the name is a woman\'s', () => {
    const text =
      'Losing yourself in online gaming\n\n' +
      'Jane, who runs the website, compiles a chronicle of heart-rending stories. "I am actually convinced there are more," he said.\n';
    expect(speakerOf(text, 'I am actually convinced')).not.toBe('Jane');
  });
});
