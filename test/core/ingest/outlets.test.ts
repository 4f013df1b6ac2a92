import { describe, expect, it } from 'vitest';
import { findCredits, outletName, outletsMentioned } from '../../../src/core/ingest/outlets.js';
import { buildStory } from '../../../src/core/story/build-story.js';

describe('outletName', () => {
  it.each([
    ['The Daily Courier', 'Daily Courier'],
    ['the Globe', 'The Globe'],
    ['REUTER'.charAt(0) + 'euter', 'Reuters'],
    ['Associated Press', 'Associated Press'],
    ['Harbour council', null],
  ])('%j → %j', (phrase, expected) => {
    expect(outletName(phrase)).toBe(expected);
  });
});

describe('findCredits', () => {
  it.each([
    ['The rebate was cut, according to the Evening Herald.', [], ['Evening Herald']],
    ['The rebate was cut, the Herald reported.', ['Evening Herald'], ['Evening Herald']],
    ['Two aides told The Morning Star that the rebate was cut.', [], ['Morning Star']],
    ['An aide told the paper that the rebate was cut.', ['Morning Star'], ['Morning Star']],
    ['The rebate was cut on Monday.', ['Morning Star'], []],
    // An outlet the speaker works for is no credit: the speaker said it (Reuters 3336, 12328).
    ['Theodore Cross, editor of Business and Society Review, a business publication, said an investor group he heads has offered to buy.', [], []],
    ['A spokeswoman for NBC said management personnel were prepared to assume technical duties.', [], []],
  ])('%j (named before: %j) credits %j', (sentence, earlier, expected) => {
    expect(findCredits(sentence, earlier)).toEqual(expected);
  });
});

describe('outletsMentioned', () => {
  it('counts a lone masthead noun only after "the"', () => {
    expect(outletsMentioned('News broke on Monday, and the Gazette had it first.')).toEqual(['The Gazette']);
  });

  it('reads a paper named after its kind, in the order written (BBC tech 379, Reuters 10641 and 19444)', () => {
    expect(outletsMentioned('The Apple Powerbook 100 has been chosen by US magazine Mobile PC.')).toEqual(['Mobile PC']);
    expect(outletsMentioned('The Italian newspaper La Repubblica and the Washington Post said so.')).toEqual(['La Repubblica', 'Washington Post']);
    // The same name once; no time, report or pronoun after the kind.
    expect(outletsMentioned('the newspaper Daily Telegraph said')).toEqual(['Daily Telegraph']);
    expect(outletsMentioned('the newspaper Tuesday said')).toEqual([]);
    expect(outletsMentioned('The newspaper Hurriyet Tuesday said')).toEqual(['Hurriyet']);
  });

  it('reads no paper in a name that qualifies a noun, a possessive place or a cut-off sentence (Reuters 13462, 9244)', () => {
    expect(outletsMentioned('based on the daily SDR price of the dollar')).toEqual([]);
    expect(outletsMentioned('average daily Treasuries trading volume rose')).toEqual([]);
    expect(outletsMentioned("He read it in the newspaper Britain's biggest union publishes.")).toEqual([]);
    expect(outletsMentioned('the daily U.S. Treasury statement showed')).toEqual([]);
    // A paper's name of two words may stand in the possessive (BBC entertainment 162).
    expect(outletsMentioned("artists such as Madonna in US magazine Rolling Stone's annual list")).toEqual(['Rolling Stone']);
  });

  it('reads a station known by its number (BBC entertainment 231)', () => {
    expect(outletsMentioned('Radio 1 said the show would not try to replace Peel.')).toEqual(['Radio 1']);
    expect(outletsMentioned('It was his 10th year at Radio 10.')).toEqual([]);
  });
});

describe('credits carried to the sentences after', () => {
  const creditsOf = (paragraph: string) =>
    buildStory([{ id: 'a1', text: `Exchange row\n\n${paragraph}\n` }])
      .story.sentences.filter((s) => s.n > 1)
      .map((s) => s.credits);

  it('go on through a quote that runs on, and to a sentence that points back to the report', () => {
    expect(
      creditsOf(
        '"He is one of the most active," an aide told The Morning Star. "He has done a fine job. Does it wash away the sin? I do not think so." It added that aides were worried.',
      ),
    ).toEqual([['Morning Star'], ['Morning Star'], ['Morning Star']]);
  });

  it('stop at the article’s own background after the report', () => {
    expect(
      creditsOf('The Sunday Times reported that TCI had drawn up a list of executives. Under German law the exchange does not need investor backing to bid.'),
    ).toEqual([['Sunday Times'], []]);
  });
});
