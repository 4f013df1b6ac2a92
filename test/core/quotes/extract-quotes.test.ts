import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patternQuotes } from '../../support/attributed-quotes.js';
import { buildStory } from '../../../src/core/story/build-story.js';
import { FIXTURES } from '../../fixtures/read-fixture.js';

const PATTERNS = join(FIXTURES, '..', 'quotes', 'patterns');

function quotesOf(name: string) {
  const { story } = buildStory([{ id: name, text: readFileSync(join(PATTERNS, `${name}.txt`), 'utf8') }]);
  return story.quotes.map((q) => [q.text, q.speaker, q.speakerKind]);
}

describe('extractQuotes: speaker after the quote, every quote style', () => {
  it.each([
    ['curly quotes, "Mayor Park said"', 'We will rebuild the pier,', 'Ellen Park', 'named'],
    ['straight quotes, cue first ("said Diaz")', 'It was a long night,', 'Omar Diaz', 'named'],
    ['doubled single quotes, a role ("the mayor added")', 'Nobody saw it coming,', 'Ellen Park', 'named'],
    ['a one-word quote', 'Disgraceful,', 'Ellen Park', 'named'],
  ])('%s', (_name, quote, speaker, kind) => {
    expect(quotesOf('speaker-after')).toContainEqual([quote, speaker, kind]);
  });
});

describe('extractQuotes: pronouns, interruptions and run-ons', () => {
  const quotes = quotesOf('pronouns-and-continuations');

  it.each([
    ['"she" resolves to the last woman named, not the last person', 'We tried. We failed. We will try again,', 'Ellen Park', 'pronoun'],
    ['a quote interrupted by its cue keeps the speaker', 'But the money is finally there.', 'Ellen Park', 'pronoun'],
    ['"he" resolves to the subject of the sentence before', 'It is over,', 'Tom Reed', 'pronoun'],
    ['a quote running on into the next paragraph keeps its speaker', 'So we signed.', 'Tom Reed', 'named'],
  ])('%s', (_name, quote, speaker, kind) => {
    expect(quotes).toContainEqual([quote, speaker, kind]);
  });

  it('finds every quote and no other', () => {
    expect(quotes).toHaveLength(6);
  });
});

describe('extractQuotes: sources, outlets, frames and titles', () => {
  const quotes = quotesOf('sources');

  it.each([
    ['an unnamed official stays unnamed', 'The budget is gone,', 'a city hall official', 'anonymous'],
    ['the recipient of "told the Harbor Gazette" is not the speaker', 'We will appeal,', 'Tom Reed', 'named'],
    ['an outlet is the speaker of its own words', 'a costly mistake,', 'Harbor Gazette', 'outlet'],
    ['"according to" names the speaker', 'beyond repair,', 'Omar Diaz', 'named'],
    ['"described … as" names the speaker', 'reckless and rushed.', 'Tom Reed', 'named'],
    ['plural unnamed sources', 'could still be reversed.', 'two council aides', 'anonymous'],
    ['"quoted X as saying" names X, not the outlet', 'must be replaced this year.', 'Omar Diaz', 'named'],
  ])('%s', (_name, quote, speaker, kind) => {
    expect(quotes).toContainEqual([quote, speaker, kind]);
  });

  it("does not take the title of a show for anyone's words", () => {
    expect(quotes.map((q) => q[0])).not.toContain('Island Life Tonight');
  });
});

describe('extractQuotes: appositions, bodies, "it", possessives, passives, short quotes', () => {
  const quotes = quotesOf('sources-2');

  it.each([
    ['a name with its description between commas after the quote', 'The scheme will not survive the winter,', 'Lena Ortiz', 'named'],
    ['a name before a description in apposition, then the cue', 'a tax on every shop', 'Graham Field', 'named'],
    ['an organisation as speaker', 'We will review every complaint,', 'Regional Water Board', 'named'],
    ['"it added" resolves to the organisation', 'Nothing is decided yet,', 'Regional Water Board', 'pronoun'],
    ['a possessive in an unnamed source is kept whole', 'surprised by the anger', "Mr Carter's official spokesman", 'anonymous'],
    ['"X was quoted by the paper as saying" names X, not the paper', 'the pipes are older than the town hall', 'Lena Ortiz', 'named'],
    ['a one-word quote keeps its own speaker', 'weak', 'Lena Ortiz', 'named'],
    ['a description that ends in a name is that person', 'simply too high', 'Nadia Karim', 'named'],
  ])('%s', (_name, quote, speaker, kind) => {
    expect(quotes).toContainEqual([quote, speaker, kind]);
  });

  it('does not merge a one-word quote into a longer quote that contains the word', () => {
    expect(quotes).toContainEqual(['Everything here is weak,', 'one resident', 'anonymous']);
  });
});

/** Every quote an article holds as extracted (not merged), attributed against the cast its story builds. */
describe('extractQuotes: two speakers taking turns over paragraphs', () => {
  const quotes = patternQuotes('feud');

  it.each([
    ['a word in quotes that a named subject "called" someone', 'a disgrace', 'Ian Calder'],
    ['"saying only:" before the quote names the subject of its clause', 'I will never answer any questions about this man again.', 'Rafael Moreno'],
    ['the cue after a quote', 'In the tunnel Moreno was shouting at my players, so I told him to leave them alone,', 'Ian Calder'],
    ['a quote left open at the end of its paragraph runs on', 'To not apologise is unthinkable.', 'Ian Calder'],
    ['"he" after a sentence that turns to another person, naming no speaker, is that person', 'Nothing happened in that tunnel.', 'Rafael Moreno'],
    ['a second quote of the same sentence keeps the speaker', 'If he wants to talk, he talks.', 'Rafael Moreno'],
    ['"the <team> coach" is the person the story is about just then', 'I have no diplomatic relations with him,', 'Rafael Moreno'],
    ['a paragraph continuing the open quote of the one before keeps its speaker', 'The case has been judged and there is a game in a month.', 'Rafael Moreno'],
    ['a cue followed by a colon introduces the next quote, not the one before it', 'I do not respond to anything.', 'Rafael Moreno'],
    ['a clause after the quote opened by "but" is not its cue', 'could have caused a serious injury', 'Ian Calder'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('credits "a disgrace" to who called him that, not to who answered after the colon', () => {
    expect(quotes.filter((q) => q[0] === 'a disgrace')).toEqual([
      ['a disgrace', 'Ian Calder'],
      ['a disgrace', 'Ian Calder'],
    ]);
  });
});

describe('extractQuotes: plural sources, relative clauses and complements between the name and the cue', () => {
  const quotes = patternQuotes('bodies-and-clauses');

  it.each([
    ['"critics claim" names the critics', 'by the back door', 'critics'],
    ['"critics fear" names the critics, the description kept in lower case', 'killing by neglect', 'critics'],
    ['a role with "of" its firm and a dashed description before the cue', 'a big step backwards', 'Daniel Varma'],
    ['"the alliance" is the body introduced before, past its relative clause and list', 'It will not change the law on assisted dying,', 'Fair Care Alliance'],
    ['a quote split around its cue, first half', 'It is dangerous to rush this,', 'Daniel Varma'],
    ['a quote split around its cue, second half', 'because rushed laws get broken.', 'Daniel Varma'],
  ])('%s', (_name, quote, speaker) => {
    expect(quotes).toContainEqual([quote, speaker]);
  });

  it('finds every quote and no other', () => {
    expect(quotes).toHaveLength(6);
  });
});
