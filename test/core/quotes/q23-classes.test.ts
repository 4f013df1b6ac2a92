import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) articles, cut down to what each rule reads.

describe("a quoted phrase in a deed the sentence's subject did, with no verb of speech", () => {
  const budd =
    'Blunkett row should end - Blair\n\nPrime Minister Tony Blair said it was time to draw a line under the controversy surrounding David Blunkett.\n\n' +
    'The Tories and the Lib Dems have called for a second inquiry into the fast-tracking of a visa application. Sir Alan Budd found a "chain of events" linked Mr Blunkett to the nanny\'s application.\n';

  it('gives "Sir Alan Budd found a "chain of events"…" to Budd, not to those who called for an inquiry just before', () => {
    expect(speakerOf(budd, 'chain of events')).toBe('Alan Budd');
  });

  it('leaves the words with the speaker before when the subject only "should" do what they say ("Ken Livingstone should "stick to his guns"")', () => {
    const text =
      'Livingstone row goes on\n\nTory MP Boris Johnson said the mayor had done nothing wrong. Ken Livingstone should "stick to his guns" over the row with the newspaper.\n';
    expect(speakerOf(text, 'stick to his guns')).toBe('Boris Johnson');
  });

  it('leaves the words with the speaker the sentence names later (", the Tory leader said"), not the deed\'s subject', () => {
    // BBC politics 364.
    const text =
      "Howard attacks 'pay later' Budget\n\nTory leader Michael Howard has dismissed Gordon Brown's Budget as \"vote now, pay later\" spending plans.\n\n" +
      'He also accused the government and the chancellor of running out of solutions to the problems Britain faced. "Their only answer is to tax, to spend and to waste - to get people to vote now and pay later." ' +
      'Mr Brown liked to rattle off "magical balances conjured out of thin air" in a bid to convince people there was no "black hole" in the nation\'s finances, the Tory leader said.\n';
    expect(speakerOf(text, 'magical balances')).toBe('Michael Howard');
  });

  it('gives the deed\'s words to its subject across a clause with no subject of its own ("before being elected …, declaring")', () => {
    // BBC politics 407.
    const text =
      'Boateng to quit as chief secretary\n\nPaul Boateng is to stand down as an MP at the next general election.\n\n' +
      'Mr Boateng served on the Greater London Council before being elected to Parliament in 1987, declaring "today Brent South, tomorrow Soweto".\n';
    expect(speakerOf(text, 'today Brent South')).toBe('Paul Boateng');
  });

  it('does not give the subject words another owns ("McDonald\'s "…" campaign") or words set in a clause of another subject', () => {
    // BBC business 452; the second sentence shaped like BBC politics reports of Robert Kilroy-Silk's resignation.
    const owned =
      "McDonald's boss Bell dies aged 44\n\nCharlie Bell, the former chief executive of McDonald's, has died of cancer.\n\n" +
      "Mr Bell oversaw McDonald's \"I'm lovin' it\" advertising campaign and introduced successes such as McCafe.\n";
    expect(speakerOf(owned, "I'm lovin' it")).not.toBe('Charlie Bell');
    const clause =
      'Kilroy-Silk quits BBC show\n\nRobert Kilroy-Silk is to leave his BBC talk show.\n\n' +
      'Mr Kilroy-Silk resigned after his remarks were condemned as "racist and offensive" in a newspaper column.\n';
    expect(speakerOf(clause, 'racist and offensive')).not.toBe('Robert Kilroy-Silk');
  });

  it('reads no speaker from a headline whose first word is a surname of the story ("Small firms \'hit by rising costs\'")', () => {
    const text =
      "Small firms 'hit by rising costs'\n\nRising fuel and wage costs are squeezing the UK's small firms, a survey says.\n\n" +
      'Donna Small, of the survey team, said the findings were "worrying" for the economy.\n';
    expect(speakerOf(text, 'hit by rising costs')).not.toBe('Donna Small');
  });
});

describe('a cue at the end of the sentence, after a term quoted later in it', () => {
  // BBC politics 075, the article's first sentence.
  const text =
    'Boris opposes mayor apology\n\nKen Livingstone should "stick to his guns" and not apologise for his "Nazi" comment to a Jewish reporter, Tory MP Boris Johnson has insisted.\n';

  it('gives the quote to the cue\'s subject, read past the term ("…, Tory MP Boris Johnson has insisted")', () => {
    expect(speakerOf(text, 'stick to his guns')).toBe('Boris Johnson');
  });
});
