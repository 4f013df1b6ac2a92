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
