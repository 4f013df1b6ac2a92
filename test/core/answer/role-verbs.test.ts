import { describe, expect, it } from 'vitest';
import { answerFit } from '../../../src/core/answer/answer-type.js';
import { whoQuestionVerb } from '../../../src/core/answer/question-verb.js';
import { ask } from '../../../src/core/answer/ask.js';
import { askedAsRoleVerb, bodyOfRoleVerb, postsOfRoleVerb } from '../../../src/core/answer/role-verbs.js';
import { buildStory } from '../../../src/core/story/build-story.js';

describe('postsOfRoleVerb: a verb that asks who holds a post', () => {
  it.each([
    ['Who runs Marsh & McLennan?', 'chief'],
    ['Who chairs Hughes Tool?', 'chairman'],
    ['Who manages Birmingham?', 'manager'],
    ['Who speaks for the IAAF?', 'spokesman'],
    ['Who represents the detainees?', 'lawyer'],
  ])('%j asks the holder of a post such as %j', (question, post) => {
    expect(postsOfRoleVerb(question)).toContain(post);
  });

  it('reads no post from other verbs, and no verb of its own from them', () => {
    expect(postsOfRoleVerb('Who bought the unit?')).toBeNull();
    expect(whoQuestionVerb('Who bought the unit?')).toBe('bought');
    expect(whoQuestionVerb('Who runs Marsh & McLennan?')).toBeNull();
  });
});

describe("answerFit: a who-question asked through a post's verb (BBC business, Marsh & McLennan; Reuters, Burlington)", () => {
  const known = new Set(['Michael', 'Cherkasky', 'Michel', 'Dufour']);

  it("takes the sentence that names the post's holder beside the post, not one naming the firm alone", () => {
    const fits = answerFit('name', 'Who runs Marsh & McLennan?', { knownNames: known });
    expect(fits("Marsh's new chief executive, Michael Cherkasky, is trying to negotiate a settlement.")).toBe(true);
    expect(fits('An executive at US insurance firm Marsh & McLennan has pleaded guilty to criminal charges.')).toBe(false);
  });

  it('takes a spokesman unnamed, and one the cast knows as the spokesman wherever he speaks', () => {
    const question = 'Who spoke for Dominion Textile about the rumoured stake?';
    expect(answerFit('name', question, { knownNames: known })('The report is a rumor, a company spokesman said.')).toBe(true);
    expect(
      answerFit('name', question, { knownNames: known, postHolders: new Set(['Michel', 'Dufour']) })(
        'Dufour said the company has been negotiating with many companies.',
      ),
    ).toBe(true);
    expect(answerFit('name', question, { knownNames: known })('Dufour said the company has been negotiating with many companies.')).toBe(false);
  });
});

describe('bodyOfRoleVerb', () => {
  it('reads the body a role verb names, or none', () => {
    expect(bodyOfRoleVerb('Who manages Birmingham City?')).toEqual(['birmingham', 'city']);
    expect(bodyOfRoleVerb('Who runs the BBC?')).toEqual(['bbc']);
    expect(bodyOfRoleVerb('Who manages the team?')).toEqual([]);
  });
});

describe('"Who is in charge of X?" asks who runs X (BBC business, the bids for the London Stock Exchange)', () => {
  it('reads the question as its verb, and leaves other questions alone', () => {
    expect(askedAsRoleVerb('Who is in charge of Euronext?')).toBe('Who runs Euronext?');
    expect(askedAsRoleVerb("Who's in charge at the LSE?")).toBe('Who runs the LSE?');
    expect(askedAsRoleVerb('Who put Mr Blunkett in charge of education?')).toBeNull();
    // BBC politics, the Blunkett inquiry: what is in charge is led, no body's post to hold.
    expect(askedAsRoleVerb('Who is in charge of the inquiry?')).toBeNull();
    expect(askedAsRoleVerb('Who is in the chair of the cocoa council?')).toBe('Who chairs the cocoa council?');
  });

  const { story } = buildStory([
    {
      id: 'lse',
      text:
        'Euronext poised to bid for LSE\n\nPan-European group Euronext is poised to launch a bid for the London Stock Exchange, UK media reports say.\n\n' +
        'Euronext, which combines the Paris, Amsterdam and Lisbon stock exchanges, has been in talks with the LSE. ' +
        "Euronext chief executive Jean-Francois Theodore is reported to have already held private talks with LSE's chief executive Clara Furse.\n",
    },
  ]);

  it('answers with the sentence that names the chief, not one about the body alone', () => {
    expect(ask(story, 'Who is in charge of Euronext?').answers[0]?.text).toContain('Euronext chief executive Jean-Francois Theodore');
  });
});
describe('"Who is in the chair of X?" asks who chairs X (Reuters, the cocoa council talks of March 1987)', () => {
  const { story } = buildStory([
    {
      id: 'cocoa',
      text:
        'COCOA COUNCIL MEETS ON BUFFER STOCK RULES\n\nThe International Cocoa Organization council resumed talks on buffer stock rules, delegates said.\n\n' +
        'Vice chairman Sir Denis Henry of Grenada chaired the meeting in his place. ' +
        'International Cocoa Organization, ICCO, Council chairman, Denis Bra Kanon, said he will attempt to reach a compromise on buffer stock rules.\n',
    },
  ]);

  it('answers with the sentence that names the council chairman', () => {
    expect(ask(story, "Who is in the chair of the cocoa organization's council?").answers[0]?.text).toContain('Council chairman, Denis Bra Kanon');
  });
});
