import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { quotesBy, quoteSpeakers, whoSaid } from '../../../src/core/answer/quotes.js';

const { story } = buildStory([
  {
    id: 'dock',
    text:
      'DOCK DEAL\n\nHarbour trader Ann Lowry said the deal for the dock was fair. ' +
      '"We have waited a long time, in the sense of a town living by its old trades and its old ways of work, and the port will be busy again by the spring," Lowry said.\n\n' +
      'Lowry said a "put" and "call" option was also discussed, and that the plan could "rescue" the yard.\n\n' +
      'The council argued that Acme is bigger than Bolt, has fewer debts and has built a strong ferry trade.\n',
  },
]);

describe('quotesBy: a word or two in quote marks is a term, no quote of the speaker', () => {
  it('lists Lowry\'s sentence but not "call" nor "rescue"', () => {
    expect(quotesBy(story, 'Ann Lowry').quotes.map((q) => q.quote)).toEqual([
      'We have waited a long time, in the sense of a town living by its old trades and its old ways of work, and the port will be busy again by the spring,',
    ]);
    expect(quoteSpeakers(story)).toEqual([{ speaker: 'Ann Lowry', quotes: 1 }]);
  });

  it('still lets who-said find such a term in its sentence', () => {
    const result = whoSaid(story, 'rescue');
    expect([...result.matches.map((m) => m.quote), ...(result.ownWords ?? []).map((o) => o.text)].join(' ')).toMatch(/rescue/);
  });
});

describe('whoSaid: words nearly but not exactly in the articles', () => {
  it('finds an article sentence with a comma where the user wrote "and"', () => {
    const result = whoSaid(story, 'Acme is bigger than Bolt and has fewer debts');
    expect(result.ownWords?.[0]?.text).toMatch(/^The council argued/);
  });

  it('does not say the words are absent when a quote holds nearly all of them, a clause left out', () => {
    const result = whoSaid(story, 'We have waited a long time and the port will be busy again by the spring');
    const said = result.matches[0]?.quote ?? result.hint ?? '';
    expect(said).toMatch(/We have waited a long time/);
    expect(result.hint ?? '').not.toMatch(/^Not in /);
  });
});

describe('quotesBy: a role after a possessive asks for its holder', () => {
  const { story: lawsuit } = buildStory([
    {
      id: '049',
      text:
        'Jones files Conte lawsuit\n\nMarion Jones has filed a lawsuit for defamation against Balco boss Victor Conte.\n\n' +
        'Marion Jones said: "Victor Conte\'s allegations are not true and the truth will be revealed for the world to see as the legal process moves forward." ' +
        'Jones\' lawyer Richard Nicholls said: "Marion has steadfastly maintained her position throughout: she has never, ever used performance-enhancing drugs."\n',
    },
  ]);

  it("gives \"Jones' lawyer\" the lawyer's quotes, not Jones's (BBC sport 049)", () => {
    expect(quotesBy(lawsuit, "Jones' lawyer").speaker).toBe('Richard Nicholls');
    expect(quotesBy(lawsuit, 'Marion Jones').speaker).toBe('Marion Jones');
  });
});
