import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News copy, whose headlines set a claim in quote marks and whose first sentence says whose it is.

describe("a headline's quoted claim that no cue attributes", () => {
  it('is the speaker whose cue closes the lede ("…, Tory leader Michael Howard has said.")', () => {
    const text =
      "Tories 'would cut number of MPs'\n\n" +
      'The Conservative Party would cut the number of MPs by a fifth if elected, Tory leader Michael Howard has said.\n\n' +
      'He told the Sunday Times the Commons was too big.\n';
    expect(speakerOf(text, 'would cut number')).toBe('Michael Howard');
  });

  it('is the speaker the lede opens on with a cue ("Charles Clarke says he has …")', () => {
    const text =
      "'No more concessions' on terror\n\n" +
      'Charles Clarke says he has no desire to offer more concessions on his anti-terror plans.\n\n' +
      'The home secretary faces a vote on Monday.\n';
    expect(speakerOf(text, 'No more concessions')).toBe('Charles Clarke');
  });

  it('is not the subject of a lede whose claim another makes ("Rank could unveil plans …, reports claim")', () => {
    const text =
      "Rank 'set to sell off film unit'\n\n" +
      'Leisure group Rank could unveil plans to sell off its film services unit, reports claim.\n\n' +
      'The group runs the Hard Rock Cafe chain.\n';
    expect(speakerOf(text, 'set to sell off')).not.toBe('Rank');
  });

  it('is not the speaker of a cue inside what the lede reports another claims ("Tony Blair promised Brown …, a new book claims")', () => {
    const text =
      "Blair 'said he would stand down'\n\n" +
      'Tony Blair promised Gordon Brown he would stand down before the next election, a new book about the chancellor claims.\n\n' +
      'The book is serialised this week.\n';
    expect(speakerOf(text, 'said he would stand down')).not.toBe('Tony Blair');
  });

  it('is not given to a lede that shares none of its words', () => {
    const text =
      "Minister 'has no plans to quit'\n\n" +
      'A new airport runway has been approved, Transport Secretary Alistair Darling has said.\n\n' +
      'Work starts next year.\n';
    expect(speakerOf(text, 'has no plans to quit')).toBeNull();
  });

  it('is the paper or the source a lede closes on ("…, the Financial Times has reported."; "…, according to the OECD.")', () => {
    const paper =
      "Rover plant 'may cost 2,000 jobs'\n\n" +
      'Some 2,000 jobs at the Longbridge plant may be cut if a Chinese investment goes ahead, the Financial Times has reported.\n\n' +
      'The firm declined to comment.\n';
    expect(speakerOf(paper, 'may cost 2,000 jobs')).toBe('Financial Times');
    const body =
      "Oil price 'hits world economy'\n\n" +
      'The soaring cost of oil has hit global economic growth, according to the OECD.\n\n' +
      'Its report covers thirty countries.\n';
    expect(speakerOf(body, 'hits world economy')).toBe('OECD');
  });

  it('is the whole source, not a paper named inside it ("…, a new poll conducted for the BBC suggests.")', () => {
    const text =
      "Voters 'don't trust politicians'\n\n" +
      'Eight out of 10 voters do not trust politicians to tell the truth, a new poll conducted for the BBC suggests.\n\n' +
      'The poll asked 1,000 adults.\n';
    expect(speakerOf(text, "don't trust politicians")).toBe('a new poll conducted for the BBC');
  });
});
