import { describe, expect, it } from 'vitest';
import { askedAsPostHolder } from '../../../src/core/answer/name-of-post.js';
import { ask } from '../../../src/core/answer/ask.js';
import { seedStory } from '../../discord/bot-harness.js';
import { buildStory } from '../../../src/core/story/build-story.js';

describe('askedAsPostHolder: a post holder\'s name asked is "Who is the …?"', () => {
  it.each([
    ['Russian ambassador name', 'Who is the Russian ambassador?'],
    ["What is the Russian ambassador's name?", 'Who is the Russian ambassador?'],
    ["What was the judge's name?", 'Who was the judge?'],
    // Not a post: a firm's name is asked of the firm, not of a person.
    ["What is the company's name?", null],
    ['company name', null],
  ])('%j → %j', (question, who) => {
    expect(askedAsPostHolder(question)).toBe(who);
  });

  it('answers a search in keywords for a post holder with the sentence that names them by the post (the seeds)', () => {
    expect(ask(seedStory.story, 'Russian ambassador name').answers[0]?.text).toContain('Russian Ambassador Sergey Kislyak');
  });
});

describe('"Who is the judge…?": a post beside a word of a description is no name (BBC sport 045 and 091, the Balco case)', () => {
  // The cast knows the judge as "the US judge" too; "US" beside "judge" names nobody.
  const { story } = buildStory([
    {
      id: '045',
      text:
        'Trial date is set for Balco case\n\nA US judge has set a preliminary trial date for the Balco steroid distribution case which has rocked athletics.\n\n' +
        'US district court judge Susan Ilston rejected an attempt by the defence team to have the case dismissed at a pre-trial hearing in San Francisco.\n',
    },
    {
      id: '091',
      text: 'Balco hearing delayed\n\nUS judge Susan Illston pushed back a preliminary evidentiary hearing - which was due to take place on Wednesday - until 6 June.\n',
    },
  ]);

  it('answers with a sentence that names the judge, not "A US judge has set…"', () => {
    expect(story.lookups.people.nameWords.has('US')).toBe(false);
    expect(ask(story, 'Who is the judge on the Balco case?').answers[0]?.text).toMatch(/judge Susan Ill?ston/);
  });
});
