import { describe, expect, it } from 'vitest';
import { askedGeneralThing, askedThing } from '../../../src/core/answer/asked-thing.js';

describe('askedThing', () => {
  it.each([
    ['Which CAS judges will hear the IAAF appeal?', 'judges'],
    ['What compensation is Japan seeking from the United States?', 'compensation'],
    ['Which law lord disagreed with the ruling?', 'lord'],
    // A noun that ends as a participle does is still the head (BBC tech, the Cell chip).
    ['What clock speed will the Cell run at?', 'speed'],
    // What a who-question's verb acts on (BBC entertainment, the Da Vinci Code film; BBC tech, the Cell chip).
    ['Who wrote the screenplay for the Da Vinci Code film?', 'screenplay'],
    ["Who heads Toshiba's chip division?", 'division'],
    // The head before an adverb.
    ['What verdict exactly did the jury reach?', 'verdict'],
  ])('%j asks for %j', (question, thing) => {
    expect(askedThing(question)).toBe(thing);
  });

  it.each([
    // A who-question through a post, a name, or a general noun.
    'Who is the chairman of Marsh?',
    'Who beat Chepkemei in the New York Marathon?',
    "Who bought Allis-Chalmers' farm equipment operations?",
    // A verb asks, not a thing.
    'What happens to Texaco if it must post the bond?',
    'What was the House vote on the resolution?',
    // Too general to name what is asked.
    'Which policy areas has the attorney general been overhauling?',
    // A punishment is told by its kind: "The pair face jail terms of up to five years" (BBC tech, film piracy).
    'What punishment could the two men get?',
    // The kind of answer, which a passage gives in its own words ("100 pct tariffs").
    'What rate are the tariffs?',
    'What share of the Japanese chip market do American firms hold?',
    // A name answers it without saying what it is.
    'Which newspaper reported that Sessions is trying to win Trump back?',
    // Not a which- or what-question.
    'Who will hear the appeal?',
    // An adverb is no thing: "exactly" is in no article (BBC tech, film piracy).
    'What exactly did the two men admit to?',
  ])('%j names no thing to look for', (question) => {
    expect(askedThing(question)).toBeNull();
  });
});

describe('askedGeneralThing', () => {
  it.each([
    ['Which businesses does Supermarkets General own?', 'businesses'],
    ['What security measures were planned for the Oscars?', 'measures'],
    ['Which CAS judges will hear the IAAF appeal?', null],
    ['What happens to Texaco if it must post the bond?', null],
    // A kind of named thing: the answer names it ("the San Francisco-based Balco laboratory") without the word (BBC sport).
    ['Which city is Balco based in?', 'city'],
    ['Which newspaper did the Conte interview appear in?', 'newspaper'],
    // A kind of saying: a quotation answers it ('dismissed the Budget as "vote now, pay later"'; BBC politics).
    ['What slogan did the Tories use to attack the Budget?', 'slogan'],
    ['What one-word insult does Trump use about Sessions?', 'insult'],
    // Advice is what was said: "It might be wise for C and W to join the new firm" (Reuters, 1987).
    ['What advice did Watanabe give Cable and Wireless?', 'advice'],
  ])('%j asks through %j', (question, thing) => {
    expect(askedGeneralThing(question)).toBe(thing);
  });
});
